package org.haven.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditVerification;
import org.haven.audit.AuditedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain in order, page by page, recomputing every hash; then compares the chain's head, and every
 * audited record as it stands, with what the chain last recorded.
 */
@Service
class ChainVerification implements AuditVerification {

    private static final int PAGE = 20_000;

    private final JdbcClient jdbc;
    private final List<AuditedRecords> audited;

    ChainVerification(JdbcClient jdbc, List<AuditedRecords> audited) {
        this.jdbc = jdbc;
        this.audited = audited;
    }

    /** One snapshot for the chain, its head and the records, so that writes meanwhile are not taken for tampering. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result verify() {
        Map<String, String> lastStates = new HashMap<>();
        java.util.Set<String> steps = new java.util.HashSet<>();
        long expected = 1;
        String previous = Chain.GENESIS;
        while (true) {
            List<AuditEntry> page = jdbc.sql(
                            "select " + JdbcAuditLog.COLUMNS + " from audit_entry where seq >= ?" + " order by seq")
                    .params(expected)
                    .withMaxRows(PAGE)
                    .query(JdbcAuditLog::entry)
                    .list();
            for (AuditEntry e : page) {
                if (e.sequence() != expected) {
                    return Result.broken(
                            expected - 1,
                            0,
                            "audit entry #" + expected + " is missing: the chain goes" + " from #" + (expected - 1)
                                    + " to #" + e.sequence());
                }
                if (!e.previousHash().equals(previous)) {
                    return Result.broken(
                            expected - 1,
                            0,
                            "audit entry #" + e.sequence() + " (" + describe(e)
                                    + ") does not follow the entry before it: its previous hash does not match");
                }
                String hash = Chain.hash(
                        previous,
                        e.sequence(),
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.subjectType(),
                        e.subjectId(),
                        e.details(),
                        e.subjectState());
                if (!hash.equals(e.hash())) {
                    return Result.broken(
                            expected - 1,
                            0,
                            "audit entry #" + e.sequence() + " (" + describe(e)
                                    + ") has been altered: its hash does not match its content");
                }
                if (e.subjectType().equals(CoverageBaseline.SUBJECT)
                        && e.action().equals(org.haven.audit.AuditCoverage.EXTENDED)) {
                    steps.add(e.subjectId());
                }
                if (e.subjectState() != null) {
                    lastStates.put(key(e.subjectType(), e.subjectId()), e.subjectState());
                }
                previous = hash;
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long entries = expected - 1;
        String lastHash = previous;
        var head = jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        if (head.isEmpty()) {
            return Result.broken(entries, 0, "the audit record's head row is missing");
        }
        long headSequence = (Long) head.get()[0];
        if (headSequence != entries || !Objects.equals(head.get()[1], lastHash)) {
            return Result.broken(
                    entries,
                    0,
                    "the audit record ends at #" + entries + " but its head records #" + headSequence
                            + ": entries after #" + entries + " have been removed or the head altered");
        }
        long records = 0;
        // Several modules may keep records of one kind (live cases and past ones are both "case"): taken together.
        Map<String, Map<String, String>> kinds = new java.util.LinkedHashMap<>();
        for (AuditedRecords kind : audited) {
            if (kind.coverage() != null && !steps.contains(kind.coverage())) {
                continue; // a store from before the step, not started since: its records are not compared yet
            }
            kinds.computeIfAbsent(kind.subjectType(), k -> new java.util.LinkedHashMap<>())
                    .putAll(kind.currentStates());
        }
        for (Map.Entry<String, Map<String, String>> kind : kinds.entrySet()) {
            String subjectType = kind.getKey();
            Map<String, String> current = kind.getValue();
            for (var record : current.entrySet()) {
                records++;
                String recorded = lastStates.remove(key(subjectType, record.getKey()));
                if (recorded == null) {
                    return Result.broken(
                            entries,
                            records,
                            subjectType + " " + record.getKey()
                                    + " is not in the audit record: it was written behind the log's back");
                }
                if (!recorded.equals(record.getValue())) {
                    return Result.broken(
                            entries,
                            records,
                            subjectType + " " + record.getKey()
                                    + " has been changed behind the log's back: it no longer matches its last audit entry");
                }
            }
            String prefix = subjectType + "\u0000";
            var vanished = lastStates.keySet().stream()
                    .filter(k -> k.startsWith(prefix))
                    .sorted()
                    .findFirst();
            if (vanished.isPresent()) {
                return Result.broken(
                        entries,
                        records,
                        subjectType + " "
                                + vanished.get().substring(prefix.length())
                                + " is in the audit record but has been removed from the store");
            }
        }
        return Result.intact(entries, records);
    }

    private static String key(String type, String id) {
        return type + "\u0000" + id;
    }

    private static String describe(AuditEntry e) {
        return e.action() + " on " + e.subjectType() + " " + e.subjectId() + " by " + e.actor() + " at " + e.at();
    }
}
