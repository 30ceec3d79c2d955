package org.haven.archive;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haven.cases.CaseId;
import org.haven.cases.DefectorId;
import org.haven.cases.Slugs;

/**
 * A past case, as a study records it: one defection by one or more defectors who went together (TAKACS and
 * DENISOV), and what is known of it. It has no lifecycle: it is a record to learn from, open to every reader.
 *
 * @param id the case's identifier, readable ({@code takacs-denisov})
 * @param version the record's version
 * @param defectors the defectors, in the order the sources name them
 * @param facts what is known of the case as a whole
 * @param dataset the dataset it came from ({@code cases-1948})
 */
public record PastCase(CaseId id, long version, List<PastDefector> defectors, Facts facts, String dataset) {

    public PastCase {
        Slugs.require("dataset", dataset);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
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

    /** The defectors' display names, joined: {@code Vera TAKACS and Mikhail DENISOV}. */
    public String displayName() {
        List<String> names = defectors.stream().map(PastDefector::displayName).toList();
        return names.size() == 1
                ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The earliest known date of defection among its defectors. */
    public Optional<HistoricalDate> defected() {
        return defectors.stream()
                .map(PastDefector::defected)
                .filter(Fact::known)
                .map(Fact::value)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return id + " (" + displayName() + ")";
    }
}
