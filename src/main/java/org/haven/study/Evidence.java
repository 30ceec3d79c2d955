package org.haven.study;

import java.util.List;
import org.haven.evidence.Citation;

/**
 * Why a defector is counted in a figure: the case, the facts that decide it and their passages.
 *
 * @param defector the defector's display name
 * @param caseId the case he belongs to
 * @param facts the deciding facts
 */
public record Evidence(String defector, String caseId, List<CitedFact> facts) {

    public Evidence {
        facts = List.copyOf(facts);
    }

    /**
     * One deciding fact.
     *
     * @param attribute the attribute's name, e.g. {@code recalledBeforeDefection}
     * @param value the value in words
     * @param certainty how firmly the sources support it
     * @param note the record's own explanation, if any
     * @param sources the passages that state it
     */
    public record CitedFact(
            String attribute,
            String value,
            String certainty,
            @org.jspecify.annotations.Nullable String note,
            List<Citation> sources) {

        public CitedFact {
            sources = List.copyOf(sources);
        }
    }
}
