package org.haven.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.CanonicalJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit record in the relational store.
 *
 * <p>The chain's head (last sequence and hash) is one row that every append locks and moves, so concurrent
 * transactions append one after another, and an append rolled back with its change leaves the head as it was.
 */
@Repository
class JdbcAuditLog implements AuditLog, org.haven.audit.AuditQueries {

    @Override
    public java.util.List<AuditEntry> find(
            @org.jspecify.annotations.Nullable String actor,
            @org.jspecify.annotations.Nullable String action,
            @org.jspecify.annotations.Nullable String subjectType,
            @org.jspecify.annotations.Nullable String subjectId,
            int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
            params.put("action", action.strip());
        }
        if (subjectType != null && !subjectType.isBlank()) {
            where.append(" and subject_type = :subjectType");
            params.put("subjectType", subjectType.strip());
        }
        if (subjectId != null && !subjectId.isBlank()) {
            where.append(" and subject_id = :subjectId");
            params.put("subjectId", subjectId.strip());
        }
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by seq desc")
                .params(params)
                .withMaxRows(Math.max(1, Math.min(limit, 1000)))
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    public java.util.List<AuditEntry> find(Filter filter, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        contains(where, params, "actor", filter.actor());
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            // a record read in a list is named in the list's entry
            StringBuilder one = new StringBuilder();
            contains(one, params, "subject_id", filter.subjectId());
            StringBuilder listed = new StringBuilder();
            contains(listed, params, "details", filter.subjectId());
            where.append(" and (")
                    .append(one.substring(" and ".length()))
                    .append(" or action = 'ListRead' and ")
                    .append(listed.substring(" and ".length()))
                    .append(")");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            StringBuilder text = new StringBuilder();
            java.util.Map<String, Object> own = new java.util.LinkedHashMap<>();
            contains(text, own, "details", filter.text());
            where.append(text.toString().replace(":details", ":text"));
            params.put("text", own.get("details"));
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            where.append(" and lower(subject_type) = :subject_type");
            params.put("subject_type", filter.subjectType().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (!filter.actions().isEmpty()) {
            // "AccessDenied", "accessdenied" and "access denied" are one action
            where.append(" and lower(action) in (:actions)");
            params.put(
                    "actions",
                    filter.actions().stream()
                            .map(a -> a.replaceAll("[\\s_-]", "").toLowerCase(java.util.Locale.ROOT))
                            .toList());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", filter.from().atOffset(java.time.ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", filter.to().atOffset(java.time.ZoneOffset.UTC));
        }
        if (filter.before() != null) {
            where.append(" and seq < :before");
            params.put("before", filter.before());
        }
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by seq desc")
                .params(params)
                .withMaxRows(Math.max(1, Math.min(limit, 10_000)))
                .query(JdbcAuditLog::entry)
                .list();
    }

    /** A case-insensitive "contains", its wildcards taken as the characters they are. */
    private static void contains(
            StringBuilder where,
            java.util.Map<String, Object> params,
            String column,
            @org.jspecify.annotations.Nullable String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        String escaped = part.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        where.append(" and lower(")
                .append(column)
                .append(") like :")
                .append(column)
                .append(" escape '\\'");
        params.put(column, "%" + escaped + "%");
    }

    static final String COLUMNS =
            "seq, at, actor, action, subject_type, subject_id, details, subject_state, previous_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(AuditRecord record) {
        HeldHead held = heldHead();
        Head head = held.head;
        long sequence = head.sequence() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = CanonicalJson.write(record.details());
        String hash = Chain.hash(
                head.hash(),
                sequence,
                at,
                record.actor(),
                record.action(),
                record.subjectType(),
                record.subjectId(),
                details,
                record.subjectState());
        AuditEntry entry = new AuditEntry(
                sequence,
                at,
                record.actor(),
                record.action(),
                record.subjectType(),
                record.subjectId(),
                details,
                record.subjectState(),
                head.hash(),
                hash);
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.sequence(),
                        OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                        entry.actor(),
                        entry.action(),
                        entry.subjectType(),
                        entry.subjectId(),
                        entry.details(),
                        entry.subjectState(),
                        entry.previousHash(),
                        entry.hash())
                .update();
        held.head = new Head(sequence, hash);
        return entry;
    }

    /** The head as this transaction has moved it: locked at its first append, written back once, as it commits. */
    private static final class HeldHead {
        private Head head;

        HeldHead(Head head) {
            this.head = head;
        }
    }

    /**
     * The chain's head for this transaction. Its first append locks the head row and reads it; later appends in
     * the same transaction go on from where the last one left it, and the head row is written once, before the
     * transaction commits. A transaction suspended for one of its own ({@code REQUIRES_NEW}) hands the head back
     * meanwhile, so the inner one locks and reads the row itself.
     */
    private HeldHead heldHead() {
        HeldHead held = (HeldHead) TransactionSynchronizationManager.getResource(this);
        if (held != null) {
            return held;
        }
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("the audit record has no head row"));
        HeldHead fresh = new HeldHead(head);
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResource(JdbcAuditLog.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(JdbcAuditLog.this, fresh);
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                        .params(fresh.head.sequence(), fresh.head.hash())
                        .update();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditLog.this);
            }
        });
        return fresh;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesFor(String subjectType, String subjectId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where subject_type = ? and subject_id = ?"
                        + " order by seq")
                .params(subjectType, subjectId)
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry order by seq desc")
                .withMaxRows(Math.max(0, limit))
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }

    private record Head(long sequence, String hash) {}
}
