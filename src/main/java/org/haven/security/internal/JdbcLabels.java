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
                actor, "LabelAssigned", subjectType, subjectId, Map.of("label", label.expression()), null));
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
                subjectType,
                subjectId,
                Map.of("from", current.expression(), "to", label.expression()),
                null));
    }
}
