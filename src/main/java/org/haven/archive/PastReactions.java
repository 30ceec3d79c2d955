package org.haven.archive;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.evidence.Certainty;

/**
 * The hostile service's reactions in the past cases, as precedents for today's: each case's reactions of the kinds
 * asked for, once per case (men who went together, TAKACS and DENISOV, share theirs), with the study's passages.
 */
public final class PastReactions {

    private PastReactions() {}

    /**
     * @param reaction in words, "(inferred)" where the study implies rather than states it
     */
    public record Precedent(String caseId, String name, String reaction, List<String> passages) {}

    /** Every reaction of the past cases. */
    public static List<Precedent> of(List<PastCase> cases) {
        return of(cases, EnumSet.allOf(SovietReaction.class));
    }

    /** The reactions of the given kinds. */
    public static List<Precedent> of(List<PastCase> cases, Set<SovietReaction> kinds) {
        List<Precedent> out = new ArrayList<>();
        for (PastCase c : cases) {
            Map<SovietReaction, Precedent> ofCase = new LinkedHashMap<>();
            for (PastDefector d : c.defectors()) {
                for (Fact<SovietReaction> f : d.facts().all(Attribute.SOVIET_REACTIONS)) {
                    if (f.value() != null && kinds.contains(f.value())) {
                        ofCase.putIfAbsent(
                                f.value(),
                                new Precedent(
                                        c.id().value(),
                                        c.displayName(),
                                        f.value().label() + (f.certainty() == Certainty.STATED ? "" : " (inferred)"),
                                        f.sources().stream()
                                                .map(s -> "section " + s.section() + ": “" + s.passage() + "”")
                                                .distinct()
                                                .toList()));
                    }
                }
            }
            out.addAll(ofCase.values());
        }
        return out;
    }
}
