package org.haven.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A defection case: one approach by one or more defectors who went together, and everything that followed.
 *
 * @param id the case's identifier
 * @param version the optimistic-lock version: it grows by one with every change
 * @param defectors the defectors, in the order the sources name them
 * @param facts what is known of the case as a whole
 * @param lifecycle where the case stands, and how it got there
 */
public record DefectionCase(CaseId id, long version, List<Defector> defectors, Facts facts, Lifecycle lifecycle) {

    public DefectionCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(lifecycle, "lifecycle");
        defectors = List.copyOf(defectors);
        if (defectors.isEmpty()) {
            throw new IllegalArgumentException("case " + id + " has no defector: a case has one or more");
        }
        var ids = new HashSet<DefectorId>();
        defectors.forEach(d -> {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("case " + id + " names defector " + d.id() + " twice");
            }
        });
    }

    /** A record of a past case, outside the lifecycle. */
    public DefectionCase(CaseId id, long version, List<Defector> defectors, Facts facts) {
        this(id, version, defectors, facts, Lifecycle.historical());
    }

    /** Opens a case on an approach: the decision clock starts. */
    public static DefectionCase approached(CaseId id, Defector defector, Approach approach) {
        if (approach.decided() || approach.escalationLevel() != 0 || approach.custodyPendingDecision()) {
            throw new IllegalArgumentException("a new approach is undecided and not yet escalated");
        }
        return new DefectionCase(
                id,
                0,
                List.of(defector),
                Facts.none(),
                new Lifecycle(CaseStatus.APPROACHED, approach, null, List.of()));
    }

    public CaseStatus status() {
        return lifecycle.status();
    }

    /**
     * Makes a move. A move that needs a second officer is only proposed: it waits for {@link #approve}.
     *
     * @throws TransitionRefused when the move is not allowed now, saying why and what is allowed
     */
    public CaseChange perform(Transition transition, String officer, String reason, Instant now) {
        Approach.requireText("officer", officer);
        Approach.requireText("reason", reason, 4000);
        refuseIfHistorical();
        if (!transition.allowedFrom(status())) {
            throw new TransitionRefused(
                    id,
                    status(),
                    "A case that is " + words(status()) + " cannot be moved by '" + transition.verb() + "'.");
        }
        PendingApproval pending = lifecycle.pending();
        if (transition.fourEyes()) {
            if (pending != null) {
                throw new TransitionRefused(
                        id,
                        status(),
                        "'" + pending.transition().verb() + "', proposed by " + pending.proposedBy()
                                + ", already awaits approval.");
            }
            PendingApproval proposal = new PendingApproval(transition, officer, now, reason);
            return changed(
                    new Lifecycle(status(), lifecycle.approach(), proposal, lifecycle.history()),
                    "TransitionProposed",
                    Map.of("transition", transition.verb(), "officer", officer, "reason", reason));
        }
        return move(transition, officer, null, reason, now);
    }

    /**
     * Approves the move awaiting a second officer, and makes it.
     *
     * @throws TransitionRefused when nothing awaits approval, or the approving officer is the one who proposed it
     */
    public CaseChange approve(String officer, Instant now) {
        Approach.requireText("officer", officer);
        refuseIfHistorical();
        PendingApproval pending = lifecycle.pending();
        if (pending == null) {
            throw new TransitionRefused(id, status(), "Nothing on this case awaits approval.");
        }
        if (pending.proposedBy().equals(officer)) {
            throw new TransitionRefused(
                    id,
                    status(),
                    officer + " proposed '" + pending.transition().verb()
                            + "' and cannot also approve it: a second officer must.");
        }
        if (!pending.transition().allowedFrom(status())) {
            throw new TransitionRefused(
                    id,
                    status(),
                    "'" + pending.transition().verb() + "' is no longer allowed: the case is " + words(status()) + ".");
        }
        return move(pending.transition(), pending.proposedBy(), officer, pending.reason(), now);
    }

    /** Moves the decision up to the given escalation level, or marks it overdue. */
    public CaseChange escalate(int level, boolean overdue, Instant now) {
        Approach approach = undecidedApproach();
        if (level <= approach.escalationLevel()) {
            throw new IllegalArgumentException("the decision is already at level " + approach.escalationLevel());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level);
        details.put("decisionDue", approach.decisionDue().toString());
        details.put("at", now.toString());
        if (overdue) {
            details.put("proposedFallback", "protective custody pending decision");
        }
        return changed(
                new Lifecycle(status(), approach.escalatedTo(level), lifecycle.pending(), lifecycle.history()),
                overdue ? "DecisionOverdue" : "DecisionEscalated",
                details);
    }

    /** The fallback for an overdue decision: protective custody while the decision is still awaited. */
    public CaseChange takeIntoCustodyPendingDecision(String officer, String reason, Instant now) {
        Approach.requireText("officer", officer);
        Approach.requireText("reason", reason, 4000);
        Approach approach = undecidedApproach();
        if (approach.custodyPendingDecision()) {
            throw new TransitionRefused(id, status(), "He is already in protective custody pending the decision.");
        }
        return changed(
                new Lifecycle(status(), approach.inCustodyPendingDecision(), lifecycle.pending(), lifecycle.history()),
                "TakenIntoCustodyPendingDecision",
                Map.of("officer", officer, "reason", reason, "at", now.toString()));
    }

    private Approach undecidedApproach() {
        refuseIfHistorical();
        Approach approach = lifecycle.approach();
        if (approach == null || !status().awaitsDecision()) {
            throw new TransitionRefused(
                    id, status(), "No decision is awaited on a case that is " + words(status()) + ".");
        }
        return approach;
    }

    private CaseChange move(
            Transition transition, String officer, @Nullable String approvedBy, String reason, Instant now) {
        Approach approach = Objects.requireNonNull(lifecycle.approach());
        if (status().awaitsDecision()) {
            approach = approach.decidedBy(transition, now);
        }
        List<PastTransition> history = new ArrayList<>(lifecycle.history());
        history.add(new PastTransition(transition, status(), transition.to(), officer, approvedBy, now, reason));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("transition", transition.verb());
        details.put("from", status().name());
        details.put("to", transition.to().name());
        details.put("officer", officer);
        if (approvedBy != null) {
            details.put("approvedBy", approvedBy);
        }
        details.put("reason", reason);
        return changed(new Lifecycle(transition.to(), approach, null, history), transition.event(), details);
    }

    private CaseChange changed(Lifecycle next, String event, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("version", version + 1);
        return new CaseChange(new DefectionCase(id, version + 1, defectors, facts, next), event, all);
    }

    private void refuseIfHistorical() {
        if (status() == CaseStatus.HISTORICAL) {
            throw new TransitionRefused(id, status(), "Case " + id + " is a historical record: it has no lifecycle.");
        }
    }

    private static String words(CaseStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The defectors' display names, joined: {@code Vera TAKACS and Mikhail DENISOV}. */
    public String displayName() {
        List<String> names = defectors.stream().map(Defector::displayName).toList();
        return names.size() == 1
                ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The earliest known date of defection among its defectors. */
    public Optional<HistoricalDate> defected() {
        return defectors.stream()
                .map(Defector::defected)
                .filter(Fact::known)
                .map(Fact::value)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return id + " (" + defectors.stream().map(Defector::displayName).collect(Collectors.joining(", ")) + ")";
    }
}
