package org.haven.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haven.audit.CanonicalJson;
import org.haven.cases.Approach;
import org.haven.cases.DefectionCase;
import org.haven.cases.Defector;
import org.haven.cases.Lifecycle;
import org.haven.cases.PastTransition;
import org.haven.cases.PendingApproval;
import org.jspecify.annotations.Nullable;

/**
 * A case's state as the audit record hashes it: what the aggregate holds, apart from any view, in a shape with a
 * version. A change of shape is a new {@link #VERSION}, with an upgrade that carries the hashes already recorded
 * over to it ({@code StateShapeTests} fails on a shape changed without a version step).
 *
 * @param shape the version of this shape
 * @param id the case id
 * @param version the case's optimistic-lock version
 * @param defectors its defectors, under the names they gave
 * @param approach the approach that opened it
 * @param tracks the state of every track that has begun, by track
 * @param closed whether it is closed
 * @param pending the move awaiting approval
 * @param history every move it went through
 */
public record CaseState(
        int shape,
        String id,
        long version,
        List<DefectorState> defectors,
        ApproachState approach,
        Map<String, String> tracks,
        boolean closed,
        @Nullable PendingState pending,
        List<MoveState> history) {

    /** The version of the shape. */
    public static final int VERSION = 2;

    public record DefectorState(String id, @Nullable String givenName, String surname) {}

    public record ApproachState(
            String nameGiven,
            String place,
            String country,
            String setting,
            String recipient,
            @Nullable String offers,
            @Nullable String fears,
            @Nullable String othersWhoKnow,
            String receivedBy,
            String approachedAt,
            String decisionDue,
            int escalationLevel,
            boolean custodyPendingDecision,
            @Nullable String decidedAt,
            @Nullable String decision) {}

    public record PendingState(String transition, String proposedBy, String proposedAt, String reason) {}

    public record MoveState(
            String transition,
            String from,
            String to,
            @Nullable String fromState,
            @Nullable String toState,
            String officer,
            @Nullable String approvedBy,
            String at,
            String reason) {}

    /** The hash the audit record keeps of the case as it is. */
    public static String hash(DefectionCase c) {
        return CanonicalJson.hash(of(c));
    }

    static CaseState of(DefectionCase c) {
        Lifecycle l = c.lifecycle();
        Map<String, String> tracks = new TreeMap<>();
        l.tracks().forEach((track, state) -> tracks.put(track.name(), state.name()));
        return new CaseState(
                VERSION,
                c.id().value(),
                c.version(),
                c.defectors().stream().map(CaseState::of).toList(),
                of(l.approach()),
                tracks,
                l.closed(),
                l.pending() == null ? null : of(l.pending()),
                l.history().stream().map(CaseState::of).toList());
    }

    private static DefectorState of(Defector d) {
        return new DefectorState(d.id().value(), d.givenName(), d.surname());
    }

    private static ApproachState of(Approach a) {
        return new ApproachState(
                a.nameGiven(),
                a.place(),
                a.country(),
                a.setting().name(),
                a.recipient(),
                a.offers(),
                a.fears(),
                a.othersWhoKnow(),
                a.receivedBy(),
                a.approachedAt().toString(),
                a.decisionDue().toString(),
                a.escalationLevel(),
                a.custodyPendingDecision(),
                a.decidedAt() == null ? null : a.decidedAt().toString(),
                a.decision() == null ? null : a.decision().name());
    }

    private static PendingState of(PendingApproval p) {
        return new PendingState(
                p.transition().name(), p.proposedBy(), p.proposedAt().toString(), p.reason());
    }

    private static MoveState of(PastTransition t) {
        return new MoveState(
                t.transition().name(),
                t.from().name(),
                t.to().name(),
                t.fromState() == null ? null : t.fromState().name(),
                t.toState() == null ? null : t.toState().name(),
                t.officer(),
                t.approvedBy(),
                t.at().toString(),
                t.reason());
    }
}
