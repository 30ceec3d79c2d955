package org.haven.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A live defection case: an approach by one or more defectors, and everything that followed it on the case's tracks.
 *
 * @param id the case's identifier
 * @param version the optimistic-lock version: it grows by one with every change
 * @param defectors the defectors, in the order they gave their names
 * @param lifecycle where each track stands, and how it got there; its approach is never missing
 */
public record DefectionCase(CaseId id, long version, List<Defector> defectors, Lifecycle lifecycle) {

    public DefectionCase {
        Objects.requireNonNull(id, "id");
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

    /** Opens a case on an approach: the decision clock starts. */
    public static DefectionCase approached(CaseId id, Defector defector, Approach approach) {
        if (approach.decided() || approach.escalationLevel() != 0 || approach.custodyPendingDecision()) {
            throw new IllegalArgumentException("a new approach is undecided and not yet escalated");
        }
        return new DefectionCase(id, 0, List.of(defector), Lifecycle.approached(approach));
    }

    /** The approach that opened the case. */
    public Approach approach() {
        return lifecycle.approach();
    }

    /** The headline status, derived from the tracks. */
    public CaseStatus status() {
        return lifecycle.status();
    }

    /** The moves the case's rules allow now, whoever makes them (his roles are checked when he makes one). */
    public List<Transition> allowedMoves() {
        return Arrays.stream(Transition.values())
                .filter(t -> MovePolicy.firstRefusal(lifecycle, t).isEmpty())
                .toList();
    }

    /**
     * Makes a move. A move that needs a second officer is only proposed: it waits for {@link #approve}.
     *
     * @throws MoveNotPermitted when his roles do not allow him to make or propose it
     * @throws TransitionRefused when the move is not allowed now, saying why and what is allowed
     */
    public CaseChange perform(Transition transition, Officer officer, String reason, Instant now) {
        Approach.requireText("reason", reason, 4000);
        if (!transition.mayBeProposedBy(officer.roles())) {
            throw new MoveNotPermitted(id, transition, MoveNotPermitted.Step.PROPOSE, transition.proposers());
        }
        refuseIfPolicyDoes(transition);
        PendingApproval pending = lifecycle.pending();
        if (transition.fourEyes()) {
            if (pending != null) {
                throw new TransitionRefused(
                        this,
                        "'" + pending.transition().verb() + "', proposed by " + pending.proposedBy()
                                + ", already awaits approval.");
            }
            PendingApproval proposal = new PendingApproval(transition, officer.name(), now, reason);
            return new CaseChange(
                    next(lifecycle.withPending(proposal)),
                    new CaseEvent.TransitionProposed(id, officer.name(), now, version + 1, transition, reason));
        }
        return move(transition, officer.name(), null, reason, now);
    }

    /**
     * Approves the move awaiting a second officer, and makes it.
     *
     * @throws MoveNotPermitted when his roles do not allow him to approve that move
     * @throws TransitionRefused when nothing awaits approval, or the approving officer is the one who proposed it
     */
    public CaseChange approve(Officer officer, Instant now) {
        PendingApproval pending = lifecycle.pending();
        if (pending == null) {
            throw new TransitionRefused(this, "Nothing on this case awaits approval.");
        }
        if (pending.proposedBy().equals(officer.name())) {
            throw new TransitionRefused(
                    this,
                    officer.name() + " proposed '" + pending.transition().verb()
                            + "' and cannot also approve it: a second officer must.");
        }
        if (!pending.transition().mayBeApprovedBy(officer.roles())) {
            throw new MoveNotPermitted(
                    id,
                    pending.transition(),
                    MoveNotPermitted.Step.APPROVE,
                    pending.transition().approvers());
        }
        MovePolicy.firstRefusal(lifecycle, pending.transition()).ifPresent(reason -> {
            throw new TransitionRefused(this, "'" + pending.transition().verb() + "' is no longer allowed: " + reason);
        });
        return move(pending.transition(), pending.proposedBy(), officer.name(), pending.reason(), now);
    }

    /** Moves the decision up to the given escalation level, or marks it overdue. */
    public CaseChange escalate(int level, boolean overdue, String actor, Instant now) {
        Approach approach = undecidedApproach();
        if (level <= approach.escalationLevel()) {
            throw new IllegalArgumentException("the decision is already at level " + approach.escalationLevel());
        }
        CaseEvent event = overdue
                ? new CaseEvent.DecisionOverdue(id, actor, now, version + 1, level, approach.decisionDue())
                : new CaseEvent.DecisionEscalated(id, actor, now, version + 1, level, approach.decisionDue());
        return new CaseChange(next(lifecycle.withApproach(approach.escalatedTo(level))), event);
    }

    /** The fallback for an overdue decision: protective custody while the decision is still awaited. */
    public CaseChange takeIntoCustodyPendingDecision(Officer officer, String reason, Instant now) {
        Approach.requireText("reason", reason, 4000);
        Approach approach = undecidedApproach();
        if (approach.custodyPendingDecision()) {
            throw new TransitionRefused(this, "He is already in protective custody pending the decision.");
        }
        return new CaseChange(
                next(lifecycle.withApproach(approach.inCustodyPendingDecision())),
                new CaseEvent.TakenIntoCustodyPendingDecision(id, officer.name(), now, version + 1, reason));
    }

    private Approach undecidedApproach() {
        Approach approach = lifecycle.approach();
        if (!status().awaitsDecision()) {
            throw new TransitionRefused(this, "No decision is awaited on a case that is " + words(status()) + ".");
        }
        return approach;
    }

    private void refuseIfPolicyDoes(Transition transition) {
        MovePolicy.firstRefusal(lifecycle, transition).ifPresent(reason -> {
            throw new TransitionRefused(this, reason);
        });
    }

    private CaseChange move(
            Transition transition, String officer, @Nullable String approvedBy, String reason, Instant now) {
        Approach approach = lifecycle.approach();
        if (transition.track() == Track.RECEPTION) {
            approach = approach.decidedBy(transition, now);
        }
        Map<Track, TrackState> tracks = new EnumMap<>(Track.class);
        tracks.putAll(lifecycle.tracks());
        Track track = transition.track();
        TrackState before = track == null ? null : tracks.get(track);
        if (track != null) {
            tracks.put(track, Objects.requireNonNull(transition.to()));
        }
        boolean closed = transition == Transition.CLOSE || (lifecycle.closed() && transition != Transition.REOPEN);
        List<PastTransition> history = new ArrayList<>(lifecycle.history());
        CaseStatus from = status();
        CaseStatus to = new Lifecycle(approach, tracks, closed, null, history).status();
        if (transition == Transition.REOPEN) {
            to = CaseStatus.REOPENED;
        }
        history.add(
                new PastTransition(transition, from, to, before, transition.to(), officer, approvedBy, now, reason));
        CaseEvent.Move made = new CaseEvent.Move(
                id, transition, from, to, before, transition.to(), officer, approvedBy, reason, now, version + 1);
        return new CaseChange(next(new Lifecycle(approach, tracks, closed, null, history)), CaseEvent.of(made));
    }

    private DefectionCase next(Lifecycle next) {
        return new DefectionCase(id, version + 1, defectors, next);
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

    @Override
    public String toString() {
        return id + " (" + defectors.stream().map(Defector::displayName).collect(Collectors.joining(", ")) + ")";
    }
}
