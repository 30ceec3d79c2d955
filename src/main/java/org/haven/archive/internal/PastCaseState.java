package org.haven.archive.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.Facts;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.audit.CanonicalJson;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A past case's state as the audit record hashes it: what the record holds, apart from any view, in a shape with a
 * version ({@code StateShapeTests} holds the shape to it; a change of shape is a new {@link #VERSION}, with an
 * upgrade that carries the recorded hashes over).
 *
 * @param shape the version of this shape
 * @param id the case id
 * @param version the record's version
 * @param defectors its defectors and their facts
 * @param facts the facts about the case as a whole
 * @param dataset the dataset it came from
 */
public record PastCaseState(
        int shape, String id, long version, List<DefectorState> defectors, List<FactState> facts, String dataset) {

    /** The version of the shape; the first was the API's view of the record. */
    public static final int VERSION = 2;

    /** The name under which the shape of past cases is kept ({@code StateShapes}); their audit subject is "case". */
    static final String KIND = "past-case";

    public record DefectorState(String id, @Nullable String givenName, String surname, List<FactState> facts) {}

    public record FactState(
            String attribute,
            int ordinal,
            @Nullable String value,
            String certainty,
            @Nullable String note,
            List<Citation> sources) {}

    public static String hash(PastCase c) {
        return CanonicalJson.hash(new PastCaseState(
                VERSION,
                c.id().value(),
                c.version(),
                c.defectors().stream().map(PastCaseState::of).toList(),
                facts(c.facts()),
                c.dataset()));
    }

    private static DefectorState of(PastDefector d) {
        return new DefectorState(d.id().value(), d.givenName(), d.surname(), facts(d.facts()));
    }

    private static List<FactState> facts(Facts facts) {
        List<FactState> states = new ArrayList<>();
        facts.asMap().forEach((attribute, list) -> {
            for (int i = 0; i < list.size(); i++) {
                states.add(of(attribute, i, list.get(i)));
            }
        });
        states.sort(Comparator.comparing(FactState::attribute).thenComparingInt(FactState::ordinal));
        return states;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FactState of(Attribute attribute, int ordinal, Fact<?> fact) {
        return new FactState(
                attribute.name(),
                ordinal,
                fact.value() == null ? null : attribute.format(fact.value()),
                fact.certainty().name(),
                fact.note(),
                fact.sources());
    }
}
