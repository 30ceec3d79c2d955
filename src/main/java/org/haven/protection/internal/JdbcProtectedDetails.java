package org.haven.protection.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.cases.Cases;
import org.haven.protection.NotALiveCase;
import org.haven.protection.ProtectedDetails;
import org.haven.protection.ProtectedField;
import org.haven.security.Clearance;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Protected details in the store, as ciphertext only. The case id and field are bound to each ciphertext as
 * associated data, so a ciphertext moved to another row does not decrypt.
 */
@Service
class JdbcProtectedDetails implements ProtectedDetails {

    static final String SUBJECT = "protected-detail";
    private static final String CASE = "case";

    private final JdbcClient jdbc;
    private final KeyRing keys;
    private final Labels labels;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Cases cases;

    JdbcProtectedDetails(
            JdbcClient jdbc,
            Cases cases,
            KeyRing keys,
            Labels labels,
            NeedToKnow needToKnow,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.cases = cases;
        this.jdbc = jdbc;
        this.keys = keys;
        this.labels = labels;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The decision on the case is made, and recorded, in a transaction of its own, so that a refusal stays in the
     * audit record although the request fails; the write and its entries are then one transaction.
     */
    @Override
    public void write(
            Authentication officer, String caseId, ProtectedField field, String value, @Nullable Label label) {
        if (value == null || value.isBlank() || value.getBytes(StandardCharsets.UTF_8).length > 2000) {
            throw new IllegalArgumentException("a protected detail is 1 to 2000 bytes of UTF-8 text");
        }
        if (!needToKnow.mayRead(officer, CASE, caseId)) {
            throw new org.haven.cases.CaseNotFound(new org.haven.cases.CaseId(caseId));
        }
        if (!cases.isLive(new org.haven.cases.CaseId(caseId))) {
            throw new NotALiveCase(caseId);
        }
        tx.executeWithoutResult(status -> store(officer, caseId, field, value, label));
    }

    private void store(
            Authentication officer, String caseId, ProtectedField field, String value, @Nullable Label label) {
        Label caseLabel = labels.of(CASE, caseId).orElseThrow();
        Label wanted = label == null ? field.defaultLabel(caseLabel) : label;
        if (wanted.level().compareTo(caseLabel.level()) < 0
                || !wanted.compartments().containsAll(caseLabel.compartments())) {
            throw new IllegalArgumentException("writing down is refused: the label " + wanted.expression()
                    + " must keep the level and every compartment of the case's label " + caseLabel.expression());
        }
        if (!wanted.compartments().contains(field.compartment())) {
            throw new IllegalArgumentException(
                    "the label of the " + field.slug() + " must include the compartment " + field.compartment());
        }
        Clearance clearance = needToKnow.clearance(officer);
        if (!clearance.dominates(wanted)) {
            throw new IllegalArgumentException("your clearance does not cover the label " + wanted.expression());
        }
        String subject = field.subjectId(caseId);
        Optional<Labels.Current> current = labels.current(SUBJECT, subject);
        if (current.isEmpty()) {
            labels.assign(SUBJECT, subject, wanted, officer.getName());
        } else if (!current.get().label().equals(wanted)) {
            labels.relabel(
                    SUBJECT,
                    subject,
                    wanted,
                    clearance,
                    officer.getName(),
                    current.get().version());
        }
        String ciphertext = seal(field, caseId, value);
        int updated = jdbc.sql("update protected_detail set key_compartment = ?, ciphertext = ?, written_by = ?,"
                        + " written_at = ?, version = version + 1 where case_id = ? and field = ?")
                .params(field.compartment(), ciphertext, officer.getName(), now(), caseId, field.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into protected_detail (case_id, field, key_compartment, ciphertext, written_by,"
                            + " written_at, version) values (?, ?, ?, ?, ?, ?, 0)")
                    .params(caseId, field.name(), field.compartment(), ciphertext, officer.getName(), now())
                    .update();
        }
        audit.append(new AuditRecord(
                officer.getName(),
                "ProtectedDetailWritten",
                SUBJECT,
                subject,
                Map.of("label", wanted.expression(), "key", field.compartment()),
                null));
    }

    /** The decision on the case, then the decision on the detail with its read: each recorded as it is made. */
    @Override
    public Optional<String> read(Authentication officer, String caseId, ProtectedField field) {
        if (!needToKnow.mayRead(officer, CASE, caseId)) {
            return Optional.empty();
        }
        return needToKnow.read(
                officer,
                SUBJECT,
                field.subjectId(caseId),
                () -> jdbc.sql("select ciphertext from protected_detail where case_id = ? and field = ?")
                        .params(caseId, field.name())
                        .query(String.class)
                        .optional()
                        .map(ciphertext -> open(field, caseId, ciphertext)));
    }

    @Override
    @Transactional
    public int rotate(String compartment, String actor) {
        int id = keys.rotate(compartment);
        audit.append(new AuditRecord(actor, "KeyRotated", "compartment-key", compartment, Map.of("keyId", id), null));
        return id;
    }

    private String seal(ProtectedField field, String caseId, String value) {
        try {
            byte[] wrapped = envelope(field).encrypt(value.getBytes(StandardCharsets.UTF_8), associated(field, caseId));
            return Base64.getEncoder().encodeToString(wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the " + field.slug(), e);
        }
    }

    private String open(ProtectedField field, String caseId, String ciphertext) {
        try {
            byte[] plain = envelope(field).decrypt(Base64.getDecoder().decode(ciphertext), associated(field, caseId));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the " + field.slug() + " of " + caseId + " does not decrypt", e);
        }
    }

    private Aead envelope(ProtectedField field) throws GeneralSecurityException {
        return KmsEnvelopeAead.create(PredefinedAeadParameters.AES256_GCM, keys.compartment(field.compartment()));
    }

    private static byte[] associated(ProtectedField field, String caseId) {
        return (caseId + "/" + field.name()).getBytes(StandardCharsets.UTF_8);
    }

    private java.time.OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
