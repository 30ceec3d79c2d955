package org.haven.cases;

import java.util.List;
import java.util.Map;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A case as readers see it through the API and the command line. A live case has its approach, tracks, moves and
 * history; a record of a past study (built by the archive, {@link PastCaseViews}) has its facts instead, every
 * attribute present, unknown ones marked as such, values in their written form (dates at their precision).
 *
 * @param id the case id
 * @param version the optimistic-lock version
 * @param name the defectors' display names
 * @param defected the earliest year (or month, or day) of defection, at its precision
 * @param status where the case stands in its life ({@code HISTORICAL} for a record of a past case)
 * @param facts facts about the case as a whole
 * @param defectors the defectors
 * @param approach the approach that opened the case and its decision clock, for a case in the lifecycle
 * @param pendingApproval a move awaiting a second officer's approval
 * @param history every move the case went through
 * @param tracks where each line of work stands, for a case in the lifecycle: every track, begun or not
 * @param closed whether the case is closed
 * @param allowedMoves the moves the case's rules allow now (his roles decide which of them he may make)
 */
public record CaseView(
        String id,
        long version,
        String name,
        @Nullable String defected,
        String status,
        Map<String, FactView> facts,
        List<DefectorView> defectors,
        @Nullable ApproachView approach,
        @Nullable PendingView pendingApproval,
        List<MoveView> history,
        List<TrackView> tracks,
        boolean closed,
        List<String> allowedMoves) {

    /**
     * One track of a live case.
     *
     * @param track the track, {@code VETTING}
     * @param name the track in words
     * @param module the module that owns its work
     * @param state where it stands; {@code null} when it has not begun
     */
    public record TrackView(
            String track,
            String name,
            String module,
            @Nullable String state) {}

    /** The approach as recorded; times in ISO-8601, to the microsecond. */
    public record ApproachView(
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
            @Nullable String decision,
            @Nullable String timeToDecision) {}

    /** A move awaiting approval. */
    public record PendingView(String transition, String proposedBy, String proposedAt, String reason) {}

    /** A past move: the case's headline before and after, and the state of the move's track before and after. */
    public record MoveView(
            String transition,
            String event,
            String from,
            String to,
            @Nullable String track,
            @Nullable String fromState,
            @Nullable String toState,
            String officer,
            @Nullable String approvedBy,
            String at,
            String reason) {}

    /**
     * A defector as readers see him.
     *
     * @param id the defector id
     * @param name the display name: given name where known, then the surname as the study spells it
     * @param givenName the given name, where known
     * @param surname the surname as the study's list spells it
     * @param names every name and spelling the sources use for him
     * @param facts every attribute, known or unknown
     */
    public record DefectorView(
            String id,
            String name,
            @Nullable String givenName,
            String surname,
            List<FactView> names,
            Map<String, FactView> facts) {}

    /**
     * One fact, or the absence of one.
     *
     * @param known whether the sources state a value
     * @param value the value in its written form, {@code null} when unknown
     * @param values for an attribute that holds several facts, each of them (empty when unknown)
     * @param certainty stated, probable or inferred
     * @param note the record's explanation, if any
     * @param sources the passages that state it
     */
    public record FactView(
            boolean known,
            @Nullable String value,
            @Nullable List<FactView> values,
            @Nullable String certainty,
            @Nullable String note,
            List<Citation> sources) {}

    public static CaseView of(DefectionCase c) {
        Lifecycle lifecycle = c.lifecycle();
        Approach a = lifecycle.approach();
        PendingApproval p = lifecycle.pending();
        return new CaseView(
                c.id().value(),
                c.version(),
                c.displayName(),
                null,
                c.status().name(),
                Map.of(),
                c.defectors().stream().map(CaseView::of).toList(),
                new ApproachView(
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
                        a.decision() == null ? null : a.decision().verb(),
                        a.timeToDecision() == null ? null : a.timeToDecision().toString()),
                p == null
                        ? null
                        : new PendingView(
                                p.transition().verb(),
                                p.proposedBy(),
                                p.proposedAt().toString(),
                                p.reason()),
                lifecycle.history().stream()
                        .map(t -> new MoveView(
                                t.transition().verb(),
                                CaseEvent.actionOf(t.transition()),
                                t.from().name(),
                                t.to().name(),
                                t.transition().track() == null
                                        ? null
                                        : t.transition().track().name(),
                                t.fromState() == null ? null : t.fromState().name(),
                                t.toState() == null ? null : t.toState().name(),
                                t.officer(),
                                t.approvedBy(),
                                t.at().toString(),
                                t.reason()))
                        .toList(),
                java.util.Arrays.stream(Track.values())
                        .map(track -> new TrackView(
                                track.name(),
                                track.words(),
                                track.module(),
                                lifecycle.state(track) == null
                                        ? null
                                        : lifecycle.state(track).name()))
                        .toList(),
                lifecycle.closed(),
                c.allowedMoves().stream().map(Transition::verb).toList());
    }

    private static DefectorView of(Defector d) {
        return new DefectorView(d.id().value(), d.displayName(), d.givenName(), d.surname(), List.of(), Map.of());
    }
}
