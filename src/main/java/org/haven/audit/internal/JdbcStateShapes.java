package org.haven.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.StateShapes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcStateShapes implements StateShapes {

    private static final Logger log = LoggerFactory.getLogger(JdbcStateShapes.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcStateShapes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> carryOver(
            String kind, String subjectType, int from, int to, String action, List<Rehash> records) {
        List<String> carried = new ArrayList<>();
        for (Rehash r : records) {
            String recorded = audit.entriesFor(subjectType, r.subjectId()).stream()
                    .map(AuditEntry::subjectState)
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (!r.before().equals(recorded)) {
                log.error(
                        "{} {} no longer matches its last audit entry; its hash is not carried over",
                        subjectType,
                        r.subjectId());
                continue;
            }
            audit.append(new AuditRecord(
                    "system:upgrade",
                    action,
                    subjectType,
                    r.subjectId(),
                    Map.of("fromShape", from, "toShape", to, "previousState", r.before()),
                    r.after()));
            carried.add(r.subjectId());
        }
        moveOn(kind, to);
        if (!carried.isEmpty()) {
            log.info(
                    "Carried the audit record's hashes of {} records of {} over to shape {}", carried.size(), kind, to);
        }
        return carried;
    }

    @Override
    @Transactional(readOnly = true)
    public int shapeOf(String subjectType) {
        return jdbc.sql("select shape from audit_state_shape where subject_type = ?")
                .params(subjectType)
                .query(Integer.class)
                .optional()
                .orElse(1);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOn(String subjectType, int shape) {
        int rows = jdbc.sql("update audit_state_shape set shape = ? where subject_type = ?")
                .params(shape, subjectType)
                .update();
        if (rows == 0) {
            jdbc.sql("insert into audit_state_shape (subject_type, shape) values (?, ?)")
                    .params(subjectType, shape)
                    .update();
        }
    }
}
