package org.haven.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.security.Classification;
import org.haven.security.Clearance;
import org.haven.security.Label;
import org.haven.security.NeedToKnow;
import org.haven.security.ReadNotRecorded;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know decided by Apache Accumulo's evaluator ({@link Clearance#dominates}), each decision on a record
 * above unclassified appended to the audit record in the transaction of the read.
 */
@Service
class AuditedNeedToKnow implements NeedToKnow {

    private static final Clearance NONE = new Clearance(Classification.UNCLASSIFIED, java.util.Set.of());

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate separately;

    private final java.time.Clock clock;

    AuditedNeedToKnow(
            JdbcClient jdbc,
            AuditLog audit,
            org.springframework.transaction.PlatformTransactionManager transactions,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.separately = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean holds(Authentication user, String subjectType, String subjectId) {
        Optional<Label> label = jdbc.sql(
                        "select label from record_label where subject_type = ? and subject_id = ? for update")
                .params(subjectType, subjectId)
                .query(String.class)
                .optional()
                .map(Label::parse);
        if (label.isPresent() && clearance(user).dominates(label.get())) {
            return true;
        }
        // The action's own transaction holds the label's lock, not the audit's head: the denial is recorded apart.
        separately.executeWithoutResult(status -> record(new AuditRecord(
                user.getName(),
                "AccessDenied",
                subjectType,
                subjectId,
                label.<Map<String, ?>>map(l -> Map.of("label", l.expression(), "reason", "label raised meanwhile"))
                        .orElse(Map.of("reason", "no label")),
                null)));
        return false;
    }

    @Override
    public Clearance clearance(Authentication user) {
        // A provider's user has the clearance his provider gives him, or none: never a local account's by name.
        if (user.getPrincipal() instanceof Jwt jwt && !Tokens.ISSUER.equals(jwt.getClaimAsString("iss"))) {
            return jwt.hasClaim("clearance") ? clearanceOf(jwt.getClaimAsString("clearance")) : NONE;
        }
        if (user.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc) {
            String claim = oidc.getIdToken().getClaimAsString("clearance");
            return claim == null ? NONE : clearanceOf(claim);
        }
        return jdbc.sql("select clearance from account where username = ?")
                .param(user.getName())
                .query(String.class)
                .optional()
                .map(AuditedNeedToKnow::clearanceOf)
                .orElse(NONE);
    }

    static Clearance clearanceOf(String expression) {
        return Clearance.parse(expression);
    }

    @Override
    @Transactional
    public <T> Optional<T> read(
            Authentication user, String subjectType, String subjectId, Supplier<Optional<T>> reader) {
        return decide(user, clearance(user), subjectType, subjectId, labels(subjectType, List.of(subjectId)))
                ? reader.get()
                : Optional.empty();
    }

    @Override
    @Transactional
    public boolean mayRead(Authentication user, String subjectType, String subjectId) {
        return decide(user, clearance(user), subjectType, subjectId, labels(subjectType, List.of(subjectId)));
    }

    /**
     * Of a list, the records the user may see. The decisions on its labelled records are written as one entry, {@link
     * #LIST_READ}, naming every record granted and every record denied, not one entry per row; and the same list read
     * again by the same user, unchanged, within {@link #LIST_REREAD} (a page that refreshes itself, say) is not
     * written again, for it says nothing new. A record without a label is a fault, recorded on its own.
     */
    @Override
    @Transactional
    public <T> List<T> visible(Authentication user, String subjectType, List<T> records, Function<T, String> idOf) {
        Clearance clearance = clearance(user);
        Map<String, Label> labels =
                labels(subjectType, records.stream().map(idOf).toList());
        List<T> visible = new ArrayList<>();
        java.util.TreeSet<String> granted = new java.util.TreeSet<>();
        java.util.TreeSet<String> denied = new java.util.TreeSet<>();
        for (T record : records) {
            String id = idOf.apply(record);
            Label label = labels.get(id);
            if (label == null) {
                decide(user, clearance, subjectType, id, labels); // refused and recorded, as a fault
                continue;
            }
            if (label.level() == Classification.UNCLASSIFIED
                    && label.compartments().isEmpty()) {
                visible.add(record);
                continue;
            }
            if (clearance.dominates(label)) {
                granted.add(id);
                visible.add(record);
            } else {
                denied.add(id);
            }
        }
        if (!granted.isEmpty() || !denied.isEmpty()) {
            recordList(user.getName(), subjectType, granted, denied);
        }
        return visible;
    }

    /** The audit record's action for the decisions on a list. */
    public static final String LIST_READ = "ListRead";

    /** How long the same list, read again unchanged by the same user, is not written again. */
    static final java.time.Duration LIST_REREAD = java.time.Duration.ofMinutes(10);

    /** The lists written lately: user, kind and contents, and when. */
    private final Map<String, java.time.Instant> listsWritten = new java.util.concurrent.ConcurrentHashMap<>();

    private void recordList(
            String user, String subjectType, java.util.SortedSet<String> granted, java.util.SortedSet<String> denied) {
        java.time.Instant now = clock.instant();
        String key = user + "\u0000" + subjectType + "\u0000" + String.join(",", granted) + "\u0000"
                + String.join(",", denied);
        java.time.Instant last = listsWritten.get(key);
        if (last != null && now.isBefore(last.plus(LIST_REREAD))) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("granted", List.copyOf(granted));
        details.put("denied", List.copyOf(denied));
        record(new AuditRecord(user, LIST_READ, subjectType, "list", details, null));
        // Remembered once written: a read whose transaction rolls back is written again the next time.
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            remember(key, now);
                        }
                    });
        } else {
            remember(key, now);
        }
    }

    private void remember(String key, java.time.Instant now) {
        listsWritten.put(key, now);
        if (listsWritten.size() > 10_000) {
            listsWritten.values().removeIf(at -> at.isBefore(now.minus(LIST_REREAD)));
        }
    }

    /** Appends a decision; a store that refuses it fails the read, closed. */
    private void record(AuditRecord decision) {
        try {
            audit.append(decision);
        } catch (DataAccessException e) {
            throw new ReadNotRecorded(e);
        }
    }

    private boolean decide(
            Authentication user, Clearance clearance, String subjectType, String subjectId, Map<String, Label> labels) {
        Label label = labels.get(subjectId);
        if (label == null) {
            // No label: refused to everyone, and recorded, for a record without one is a fault.
            record(new AuditRecord(
                    user.getName(), "AccessDenied", subjectType, subjectId, Map.of("reason", "no label"), null));
            return false;
        }
        if (label.level() == Classification.UNCLASSIFIED && label.compartments().isEmpty()) {
            return true; // a public record: nothing to decide
        }
        boolean granted = clearance.dominates(label);
        record(new AuditRecord(
                user.getName(),
                granted ? "AccessGranted" : "AccessDenied",
                subjectType,
                subjectId,
                Map.of("label", label.expression()),
                null));
        return granted;
    }

    private Map<String, Label> labels(String subjectType, List<String> ids) {
        Map<String, Label> labels = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        jdbc.sql("select subject_id, label from record_label where subject_type = :type and subject_id in (:ids)")
                .param("type", subjectType)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> labels.put(e.getKey(), Label.parse(e.getValue())));
        return labels;
    }
}
