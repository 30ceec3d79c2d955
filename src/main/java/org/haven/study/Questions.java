package org.haven.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.PastDefector;
import org.haven.study.Evidence.CitedFact;
import org.haven.study.Question.Answer;
import org.haven.study.Question.Answer.Verdict;
import org.haven.study.Question.Grouped;
import org.jspecify.annotations.Nullable;

/** The building blocks of a study's questions: yes-or-no tests and groupings over the records' facts. */
final class Questions {

    private Questions() {}

    static Question count(
            String id, String label, Function<PastDefector, Answer> judge, @Nullable PaperStatement paper) {
        return new Question.Count(id, label, judge, paper);
    }

    static Question breakdown(
            String id,
            String label,
            Function<PastDefector, List<Grouped>> groups,
            boolean inValueOrder,
            @Nullable PaperStatement paper) {
        return new Question.Breakdown(id, label, groups, inValueOrder, paper);
    }

    /** The span of years of the defections, counted over every defector whose year is known. */
    static Question years(String id, String label, PaperStatement paper) {
        return new Question.Span(id, label, paper);
    }

    /** Yes where the attribute is known at all (e.g. a date of defection). */
    static Answer yes(PastDefector d, Attribute<?> attribute) {
        Fact<?> fact = d.fact(attribute);
        return fact.known() ? new Answer(Verdict.YES, List.of(cite(attribute, fact))) : Answer.UNKNOWN;
    }

    /**
     * Yes where a fact of the attribute has the value; no where the attribute is known with other values only;
     * unknown where the records are silent. Text values compare without regard to case.
     */
    static <T> Function<PastDefector, Answer> has(Attribute<T> attribute, Object value) {
        return d -> {
            List<Fact<T>> facts = attribute.multiple() ? d.factsOf(attribute) : known(d.fact(attribute));
            if (facts.isEmpty()) {
                return Answer.UNKNOWN;
            }
            List<CitedFact> matching = facts.stream()
                    .filter(f -> matches(f.value(), value))
                    .map(f -> cite(attribute, f))
                    .toList();
            return matching.isEmpty()
                    ? new Answer(
                            Verdict.NO,
                            facts.stream().map(f -> cite(attribute, f)).toList())
                    : new Answer(Verdict.YES, matching);
        };
    }

    /** Yes where both attributes are known and differ (the country he served in and the one he defected in). */
    static Function<PastDefector, Answer> differs(Attribute<String> first, Attribute<String> second) {
        return d -> {
            Fact<String> a = d.fact(first);
            Fact<String> b = d.fact(second);
            if (!a.known() || !b.known()) {
                return Answer.UNKNOWN;
            }
            List<CitedFact> facts = List.of(cite(first, a), cite(second, b));
            return new Answer(
                    Objects.requireNonNull(a.value()).equalsIgnoreCase(b.value()) ? Verdict.NO : Verdict.YES, facts);
        };
    }

    /** Groups by each value the attribute holds. */
    static <T> Function<PastDefector, List<Grouped>> byValue(Attribute<T> attribute) {
        return d -> {
            List<Fact<T>> facts = attribute.multiple() ? d.factsOf(attribute) : known(d.fact(attribute));
            List<Grouped> result = new ArrayList<>();
            for (Fact<T> f : facts) {
                T value = Objects.requireNonNull(f.value());
                result.add(new Grouped(attribute.format(value), attribute.display(value), cite(attribute, f)));
            }
            return result;
        };
    }

    /** Groups by the year of defection, whatever the precision of the date. */
    static Function<PastDefector, List<Grouped>> byYear() {
        return d -> {
            var fact = d.defected();
            if (!fact.known()) {
                return List.of();
            }
            String year = String.valueOf(Objects.requireNonNull(fact.value()).year());
            return List.of(new Grouped(year, year, cite(Attribute.DEFECTED, fact)));
        };
    }

    private static <T> List<Fact<T>> known(Fact<T> fact) {
        return fact.known() ? List.of(fact) : List.of();
    }

    private static boolean matches(@Nullable Object actual, Object expected) {
        if (actual instanceof String s && expected instanceof String e) {
            return s.equalsIgnoreCase(e);
        }
        return expected.equals(actual);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static CitedFact cite(Attribute attribute, Fact<?> fact) {
        return new CitedFact(
                attribute.name(),
                attribute.display(Objects.requireNonNull(fact.value())),
                fact.certainty().name().toLowerCase(java.util.Locale.ROOT),
                fact.note(),
                fact.sources());
    }
}
