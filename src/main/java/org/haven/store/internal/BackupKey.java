package org.haven.store.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import org.haven.store.BackupRefused;
import org.haven.store.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that authenticates backups (HMAC-SHA256, Tink): from {@code haven.store.backup-key} (a Tink JSON keyset,
 * base64) or {@code DATA_DIR/backup.key}, created owner-only with the first backup; never written into a backup. A
 * file altered and given a new digest does not carry a tag this key made, so it is refused.
 */
@Component
class BackupKey {

    static final String FILE = "backup.key";

    private final String configured;
    private final Path file;

    BackupKey(@Value("${haven.store.backup-key:}") String configured, @Value("${haven.data-dir:./data}") Path dataDir) {
        this.configured = configured.strip();
        this.file = dataDir.resolve(FILE);
    }

    /** The tag of a backup's content, given by the digest of every line before its end line. */
    String tag(String sha256) {
        try {
            return Base64.getEncoder().encodeToString(mac(true).orElseThrow().computeMac(tagged(sha256)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot authenticate the backup", e);
        }
    }

    /** Refuses a backup whose tag this key did not make. */
    void check(String sha256, String tag, Path backup) {
        Mac mac = mac(false)
                .orElseThrow(() -> new BackupRefused("This Haven has no backup key, so it cannot tell whether "
                        + backup + " is authentic: copy the " + FILE + " of the Haven that wrote it into the data"
                        + " directory, or give it as haven.store.backup-key"));
        try {
            mac.verifyMac(Base64.getDecoder().decode(tag), tagged(sha256));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BackupRefused("The backup file " + backup + " is not authentic: its tag was not made with this"
                    + " Haven's backup key (the file has been altered, or it comes from another Haven)");
        }
    }

    private static byte[] tagged(String sha256) {
        return (BackupFile.FORMAT + "/" + BackupFile.VERSION + "\n" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    private Optional<Mac> mac(boolean create) {
        try {
            MacConfig.register();
            String json;
            if (!configured.isEmpty()) {
                json = new String(Base64.getDecoder().decode(configured), StandardCharsets.UTF_8);
            } else if (create || Files.exists(file)) {
                json = KeyFiles.readOrCreate(file, BackupKey::fresh);
            } else {
                return Optional.empty();
            }
            return Optional.of(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Mac.class));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the backup key cannot be read", e);
        }
    }

    private static String fresh() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a backup key", e);
        }
    }
}
