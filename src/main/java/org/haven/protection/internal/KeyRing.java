package org.haven.protection.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys. A master key (Tink AES-256-GCM keyset) from {@code haven.security.master-key} (the keyset's JSON,
 * base64) or, by default, {@code DATA_DIR/master.key}, readable by its owner only, never in the store or its backups;
 * it wraps one keyset per compartment, kept in the store. Each value is wrapped under a data key of its own, which
 * the compartment's key wraps (Tink's envelope encryption).
 */
@Component
class KeyRing {

    static final String SUBJECT = "compartment-key";

    private final JdbcClient jdbc;
    private final org.haven.audit.AuditLog audit;
    private final TransactionTemplate separately;
    private final Aead master;

    KeyRing(
            JdbcClient jdbc,
            org.haven.audit.AuditLog audit,
            PlatformTransactionManager transactions,
            @Value("${haven.security.master-key:}") String configured,
            @Value("${haven.data-dir:./data}") Path dataDir) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            AeadConfig.register();
            String json = configured.isBlank()
                    ? masterFile(dataDir.resolve("master.key"))
                    : new String(Base64.getDecoder().decode(configured.strip()), StandardCharsets.UTF_8);
            this.master = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key cannot be read", e);
        }
    }

    private static String masterFile(Path file) {
        return org.haven.store.KeyFiles.readOrCreate(file, () -> {
            try {
                return TinkJsonProtoKeysetFormat.serializeKeyset(
                        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a master key", e);
            }
        });
    }

    /** The compartment's key, created on first use. */
    Aead compartment(String compartment) {
        return primitive(compartment, handle(compartment).orElseGet(() -> create(compartment)));
    }

    /** A new primary key for the compartment; the old ones stay, to decrypt what they wrapped. */
    int rotate(String compartment) {
        if (handle(compartment).isEmpty()) {
            create(compartment);
        }
        // In the caller's transaction, with its audit entry; the version keeps two rotations from losing a key.
        {
            long version = jdbc.sql("select version from compartment_key where compartment = ?")
                    .param(compartment)
                    .query(Long.class)
                    .single();
            KeysetHandle current = handle(compartment).orElseThrow();
            try {
                KeysetHandle rotated = KeysetHandle.newBuilder(current)
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                .withRandomId()
                                .makePrimary())
                        .build();
                int updated = jdbc.sql("update compartment_key set keyset = ?, version = version + 1"
                                + " where compartment = ? and version = ?")
                        .params(seal(rotated, compartment), compartment, version)
                        .update();
                if (updated != 1) {
                    throw new IllegalStateException(
                            "the key of " + compartment + " was rotated meanwhile; nothing was changed, try again");
                }
                return rotated.getPrimary().getId();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot rotate the key of " + compartment, e);
            }
        }
    }

    private Optional<KeysetHandle> handle(String compartment) {
        return jdbc.sql("select keyset from compartment_key where compartment = ?")
                .param(compartment)
                .query(String.class)
                .optional()
                .map(wrapped -> {
                    try {
                        return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
                                wrapped, master, compartment.getBytes(StandardCharsets.UTF_8));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("the key of " + compartment + " cannot be unwrapped", e);
                    }
                });
    }

    private KeysetHandle create(String compartment) {
        try {
            KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String wrapped = seal(fresh, compartment);
            try {
                separately.executeWithoutResult(status -> {
                    jdbc.sql("insert into compartment_key (compartment, keyset, version) values (?, ?, 0)")
                            .params(compartment, wrapped)
                            .update();
                    audit.append(new org.haven.audit.AuditRecord(
                            "system:keys",
                            "KeyCreated",
                            SUBJECT,
                            compartment,
                            java.util.Map.of("keyId", fresh.getPrimary().getId()),
                            state(compartment)));
                });
                return fresh;
            } catch (DuplicateKeyException e) {
                return handle(compartment).orElseThrow(() -> e); // created meanwhile by another writer
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the key of " + compartment, e);
        }
    }

    /** The hash of a compartment's wrapped keyset and its version, as the store holds them. */
    String state(String compartment) {
        return jdbc.sql("select compartment, keyset, version from compartment_key where compartment = ?")
                .param(compartment)
                .query(KeyRing::stateOf)
                .single();
    }

    /** Every compartment's keyset state, for the audit's comparison. */
    java.util.Map<String, String> states() {
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        jdbc.sql("select compartment, keyset, version from compartment_key order by compartment")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), stateOf(rs, n)))
                .list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private static String stateOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return org.haven.audit.CanonicalJson.hash(
                java.util.Map.of("compartment", rs.getString(1), "keyset", rs.getString(2), "version", rs.getLong(3)));
    }

    private String seal(KeysetHandle handle, String compartment) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
                handle, master, compartment.getBytes(StandardCharsets.UTF_8));
    }

    private static Aead primitive(String compartment, KeysetHandle handle) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of " + compartment + " cannot be used", e);
        }
    }
}
