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

    AuditedNeedToKnow(
            JdbcClient jdbc, AuditLog audit, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
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

    @Override
    @Transactional
    public <T> List<T> visible(Authentication user, String subjectType, List<T> records, Function<T, String> idOf) {
        Clearance clearance = clearance(user);
        Map<String, Label> labels =
                labels(subjectType, records.stream().map(idOf).toList());
        List<T> visible = new ArrayList<>();
        for (T record : records) {
            if (decide(user, clearance, subjectType, idOf.apply(record), labels)) {
                visible.add(record);
            }
        }
        return visible;
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
