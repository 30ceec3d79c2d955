package org.haven.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A case as readers see it through the API and the command line: every attribute present, unknown ones
 * marked as such, values in their written form (dates at their precision).
 *
 * @param id the case id
 * @param version the optimistic-lock version
 * @param name the defectors' display names
 * @param defected the earliest year (or month, or day) of defection, at its precision
 * @param facts facts about the case as a whole
 * @param defectors the defectors
 */
public record CaseView(
        String id,
        long version,
        String name,
        @Nullable String defected,
        Map<String, FactView> facts,
        List<DefectorView> defectors) {

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
        return new CaseView(
                c.id().value(),
                c.version(),
                c.displayName(),
                c.defected().map(HistoricalDate::toString).orElse(null),
                facts(c.facts(), Attribute.Subject.CASE),
                c.defectors().stream().map(CaseView::of).toList());
    }

    private static DefectorView of(Defector d) {
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
