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
import org.haven.protection.ConcurrentDetailChange;
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
            Authentication officer,
            String caseId,
            ProtectedField field,
            String value,
            @Nullable Label label,
            @Nullable Long version) {
        if (value == null || value.isBlank() || value.getBytes(StandardCharsets.UTF_8).length > 2000) {
            throw new IllegalArgumentException("a protected detail is 1 to 2000 bytes of UTF-8 text");
        }
        if (!needToKnow.mayRead(officer, CASE, caseId)) {
            throw new org.haven.cases.CaseNotFound(new org.haven.cases.CaseId(caseId));
        }
        if (!cases.isLive(new org.haven.cases.CaseId(caseId))) {
            throw new NotALiveCase(caseId);
        }
        // The compartment's first key is made, with its own audit entry, before the write holds the audit's head.
        keys.compartment(field.compartment());
        try {
            tx.executeWithoutResult(status -> store(officer, caseId, field, value, label, version));
        } catch (IllegalArgumentException | org.haven.cases.CaseNotFound | ConcurrentDetailChange e) {
            // The write is undone; its refusal is recorded on its own, as every refusal is.
            tx.executeWithoutResult(status -> audit.append(new AuditRecord(
                    officer.getName(),
                    "ProtectedDetailWriteRefused",
                    SUBJECT,
                    field.subjectId(caseId),
                    Map.of("case", caseId, "reason", String.valueOf(e.getMessage())),
                    null)));
            throw e;
        }
    }

    private void store(
            Authentication officer,
            String caseId,
            ProtectedField field,
            String value,
            @Nullable Label label,
            @Nullable Long version) {
        // In the write's own transaction: the case's label locked, so it cannot be raised above him meanwhile.
        if (!needToKnow.holds(officer, CASE, caseId)) {
            throw new org.haven.cases.CaseNotFound(new org.haven.cases.CaseId(caseId));
        }
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
        String subject = field.subjectId(caseId);
        Optional<Labels.Current> current = labels.current(SUBJECT, subject);
        // One answer whether it is the label asked for or the label of a detail already there that he cannot read.
        if (!clearance.dominates(wanted)
                || current.isPresent() && !clearance.dominates(current.get().label())) {
            throw new IllegalArgumentException("your clearance does not cover this detail's label");
        }
        Optional<Long> stored = jdbc.sql("select version from protected_detail where case_id = ? and field = ?")
                .params(caseId, field.name())
                .query(Long.class)
                .optional();
        if (stored.isPresent() ? !stored.get().equals(version) : version != null) {
            throw new ConcurrentDetailChange(version);
        }
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
                        + " written_at = ?, version = version + 1 where case_id = ? and field = ? and version = ?")
                .params(
                        field.compartment(),
                        ciphertext,
                        officer.getName(),
                        now(),
                        caseId,
                        field.name(),
                        stored.orElse(-1L))
                .update();
        if (stored.isPresent() && updated == 0) {
            throw new ConcurrentDetailChange(version);
        }
        if (stored.isEmpty()) {
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
                state(caseId, field)));
    }

    /** The decision on the case, then the decision on the detail with its read: each recorded as it is made. */
    @Override
    public Optional<Detail> read(Authentication officer, String caseId, ProtectedField field) {
        if (!needToKnow.mayRead(officer, CASE, caseId)) {
            return Optional.empty();
        }
        return needToKnow.read(
                officer,
                SUBJECT,
                field.subjectId(caseId),
                () -> jdbc.sql("select ciphertext, version from protected_detail where case_id = ? and field = ?")
                        .params(caseId, field.name())
                        .query((rs, n) -> new Detail(open(field, caseId, rs.getString(1)), rs.getLong(2)))
                        .optional());
    }

    @Override
    @Transactional
    public int rotate(String compartment, String actor) {
        java.util.Set<String> compartments = java.util.Arrays.stream(ProtectedField.values())
                .map(ProtectedField::compartment)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        if (!compartments.contains(compartment)) {
            throw new IllegalArgumentException("'" + compartment + "' is not a compartment whose key protects details;"
                    + " the compartments are " + String.join(", ", compartments));
        }
        int id = keys.rotate(compartment);
        audit.append(new AuditRecord(
                actor, "KeyRotated", KeyRing.SUBJECT, compartment, Map.of("keyId", id), keys.state(compartment)));
        return id;
    }

    private static final String STATE_COLUMNS =
            "case_id, field, key_compartment, ciphertext, written_by, written_at, version";

    private String state(String caseId, ProtectedField field) {
        return jdbc.sql("select " + STATE_COLUMNS + " from protected_detail where case_id = ? and field = ?")
                .params(caseId, field.name())
                .query(JdbcProtectedDetails::stateOf)
                .single();
    }

    /** Every detail's state (its ciphertext and who wrote it when), by its name in the audit record. */
    Map<String, String> states() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + STATE_COLUMNS + " from protected_detail order by case_id, field")
                .query((rs, n) ->
                        Map.entry(ProtectedField.valueOf(rs.getString(2)).subjectId(rs.getString(1)), stateOf(rs, n)))
                .list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private static String stateOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("case", rs.getString(1));
        state.put("field", rs.getString(2));
        state.put("key", rs.getString(3));
        state.put("ciphertext", rs.getString(4));
        state.put("writtenBy", rs.getString(5));
        state.put(
                "writtenAt",
                rs.getObject(6, java.time.OffsetDateTime.class).toInstant().toString());
        state.put("version", rs.getLong(7));
        return org.haven.audit.CanonicalJson.hash(state);
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
