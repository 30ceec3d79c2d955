package org.haven.security.internal;

import java.util.Map;
import java.util.Optional;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.security.Clearance;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Labels in the store, every change in the audit record. */
@Service
class JdbcLabels implements Labels {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcLabels(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Label> of(String subjectType, String subjectId) {
        return jdbc.sql("select label from record_label where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId)
                .query(String.class)
                .optional()
                .map(Label::parse);
    }

    @Override
    public java.util.Set<String> labelled(String subjectType, java.util.Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select subject_id from record_label where subject_type = :type and subject_id in (:ids)")
                        .param("type", subjectType)
                        .param("ids", subjectIds)
                        .query(String.class)
                        .list());
    }

    @Override
    public java.util.Set<Label> inUse() {
        return jdbc.sql("select distinct label from record_label").query(String.class).list().stream()
                .map(Label::parse)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Optional<Current> current(String subjectType, String subjectId) {
        return jdbc.sql("select label, version from record_label where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId)
                .query((rs, n) -> new Current(Label.parse(rs.getString(1)), rs.getLong(2)))
                .optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(String subjectType, String subjectId, Label label, String actor) {
        try {
            jdbc.sql("insert into record_label (subject_type, subject_id, label, version) values (?, ?, ?, 0)")
                    .params(subjectType, subjectId, label.expression())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException(subjectType + " " + subjectId + " has a label already");
        }
        audit.append(new AuditRecord(
                actor,
                "LabelAssigned",
                Labels.SUBJECT,
                Labels.auditId(subjectType, subjectId),
                Map.of("label", label.expression()),
                state(subjectType, subjectId)));
    }

    @Override
    @Transactional
    public void relabel(
            String subjectType, String subjectId, Label label, Clearance officer, String actor, long version) {
        Label current = of(subjectType, subjectId)
                .orElseThrow(() -> new IllegalArgumentException(subjectType + " " + subjectId + " has no label"));
        if (!officer.dominates(current)) {
            throw new IllegalArgumentException("your clearance does not cover the present label");
        }
        if (label.level().compareTo(current.level()) < 0
                || !label.compartments().containsAll(current.compartments())) {
            throw new IllegalArgumentException("writing down is refused: the new label " + label.expression()
                    + " must keep the level and every compartment of " + current.expression());
        }
        if (!officer.dominates(label)) {
            throw new IllegalArgumentException(
                    "your clearance does not cover the new label " + label.expression() + ": you could not read it");
        }
        int changed = jdbc.sql("update record_label set label = ?, version = version + 1"
                        + " where subject_type = ? and subject_id = ? and version = ?")
                .params(label.expression(), subjectType, subjectId, version)
                .update();
        if (changed != 1) {
            throw new org.haven.security.ConcurrentLabelChange(version);
        }
        audit.append(new AuditRecord(
                actor,
                "LabelRaised",
                Labels.SUBJECT,
                Labels.auditId(subjectType, subjectId),
                Map.of("from", current.expression(), "to", label.expression()),
                state(subjectType, subjectId)));
    }

    private String state(String subjectType, String subjectId) {
        return jdbc.sql("select subject_type, subject_id, label, version from record_label"
                        + " where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId)
                .query(JdbcLabels::stateOf)
                .single();
    }

    /** Every label's state, by its name in the audit record. */
    Map<String, String> states() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        jdbc.sql("select subject_type, subject_id, label, version from record_label order by subject_type, subject_id")
                .query((rs, n) -> Map.entry(Labels.auditId(rs.getString(1), rs.getString(2)), stateOf(rs, n)))
                .list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private static String stateOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return org.haven.audit.CanonicalJson.hash(Map.of(
                "subjectType", rs.getString(1),
                "subjectId", rs.getString(2),
                "label", rs.getString(3),
                "version", rs.getLong(4)));
    }
}
