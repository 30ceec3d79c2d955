package org.haven.cases.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.audit.CanonicalJson;
import org.haven.cases.Approach;
import org.haven.cases.CaseEvent;
import org.haven.cases.DefectionCase;
import org.haven.cases.Defector;
import org.haven.cases.Lifecycle;
import org.haven.cases.PendingApproval;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * The first shape of a live case's audited state, frozen: the case as the API showed it when the audit record began,
 * with its one status (the records of past studies had the same shape; the archive keeps its own copy of it). Stores written before the tracks recorded this shape's hash; it is computed only to check
 * those hashes before they are carried over to the current shape ({@link CaseStateUpgrade}). Never change it.
 */
record CaseStateV1(
        String id,
        long version,
        String name,
        @Nullable String defected,
        String status,
        Map<String, FactView> facts,
        List<DefectorView> defectors,
        @Nullable ApproachView approach,
        @Nullable PendingView pendingApproval,
        List<MoveView> history) {

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

    /** A past move. */
    public record MoveView(
            String transition,
            String event,
            String from,
            String to,
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

    /** The hash of the case in this shape, with the status the store recorded for it. */
    static String hash(DefectionCase c, String storedStatus) {
        return CanonicalJson.hash(of(c, storedStatus));
    }

    private static CaseStateV1 of(DefectionCase c, String storedStatus) {
        Lifecycle lifecycle = c.lifecycle();
        Approach a = lifecycle.approach();
        PendingApproval p = lifecycle.pending();
        return new CaseStateV1(
                c.id().value(),
                c.version(),
                c.displayName(),
                null,
                storedStatus,
                unknown(CASE),
                c.defectors().stream().map(CaseStateV1::of).toList(),
                a == null
                        ? null
                        : new ApproachView(
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
                                a.timeToDecision() == null
                                        ? null
                                        : a.timeToDecision().toString()),
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
                                t.officer(),
                                t.approvedBy(),
                                t.at().toString(),
                                t.reason()))
                        .toList());
    }

    private static DefectorView of(Defector d) {
        return new DefectorView(
                d.id().value(), d.displayName(), d.givenName(), d.surname(), List.of(), unknown(DEFECTOR));
    }

    /**
     * Every attribute of the first shape, in its order, each unknown: a live case had no facts, and its view listed
     * them all as unknown. A name ending in {@code *} held several facts (written as an empty list). The names of
     * the defector's own names are not among them: they stood apart, in {@code names}.
     */
    private static final List<String> CASE = List.of("summaryInAppendix");

    private static final List<String> DEFECTOR = List.of(
            "defected",
            "service",
            "postAbroad",
            "postCountry",
            "recalledBeforeDefection",
            "firstVisitAbroad",
            "longTermReasons*",
            "stimuli*",
            "defectionCity",
            "defectionCountry",
            "chosenRecipient",
            "receivedBy",
            "intermediaries*",
            "broughtDocuments",
            "receptionOutcome",
            "sovietReactions*",
            "falseName",
            "wroteMemoirs",
            "paidWithLife",
            "exploited",
            "informationGiven*",
            "informationValue");

    private static Map<String, FactView> unknown(List<String> attributes) {
        Map<String, FactView> result = new LinkedHashMap<>();
        for (String attribute : attributes) {
            boolean several = attribute.endsWith("*");
            result.put(
                    several ? attribute.substring(0, attribute.length() - 1) : attribute,
                    new FactView(false, null, several ? List.of() : null, null, null, List.of()));
        }
        return result;
    }
}
