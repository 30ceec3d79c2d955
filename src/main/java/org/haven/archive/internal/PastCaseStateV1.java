package org.haven.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.Facts;
import org.haven.archive.HistoricalDate;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.audit.CanonicalJson;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * The first shape of a past case's audited state, frozen: the record as the API showed it when the audit record
 * began, status {@code HISTORICAL}, no lifecycle. Stores written before the archive recorded this shape's hash; it is
 * computed only to check those hashes before they are carried over ({@link PastCaseStateUpgrade}). Never change it.
 */
record PastCaseStateV1(
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

    static String hash(PastCase c) {
        return CanonicalJson.hash(of(c));
    }

    private static PastCaseStateV1 of(PastCase c) {
        return new PastCaseStateV1(
                c.id().value(),
                c.version(),
                c.displayName(),
                c.defected().map(HistoricalDate::toString).orElse(null),
                "HISTORICAL",
                facts(c.facts(), Attribute.Subject.CASE),
                c.defectors().stream().map(PastCaseStateV1::of).toList(),
                null,
                null,
                List.of());
    }

    private static DefectorView of(PastDefector d) {
        return new DefectorView(
                d.id().value(),
                d.displayName(),
                d.givenName(),
                d.surname(),
                d.names().stream().map(f -> view(Attribute.NAMES, f)).toList(),
                facts(d.facts(), Attribute.Subject.DEFECTOR));
    }

    private static Map<String, FactView> facts(Facts facts, Attribute.Subject subject) {
        Map<String, FactView> result = new LinkedHashMap<>();
        for (Attribute<?> attribute : Attribute.of(subject)) {
            if (attribute == Attribute.NAMES) {
                continue;
            }
            result.put(attribute.name(), view(attribute, facts));
        }
        return result;
    }

    private static <T> FactView view(Attribute<T> attribute, Facts facts) {
        if (!attribute.multiple()) {
            return view(attribute, facts.one(attribute));
        }
        List<FactView> values =
                facts.all(attribute).stream().map(f -> view(attribute, f)).toList();
        return new FactView(!values.isEmpty(), null, values, null, null, List.of());
    }

    private static <T> FactView view(Attribute<T> attribute, Fact<T> fact) {
        if (!fact.known()) {
            return new FactView(false, null, null, null, null, List.of());
        }
        return new FactView(
                true,
                attribute.format(Objects.requireNonNull(fact.value())),
                null,
                fact.certainty().name().toLowerCase(java.util.Locale.ROOT),
                fact.note(),
                fact.sources());
    }
}
