package org.haven.cases;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A defection case: one approach by one or more defectors who went together, and everything that followed.
 *
 * @param id the case's identifier
 * @param version the optimistic-lock version: it grows by one with every change
 * @param defectors the defectors, in the order the sources name them
 * @param facts what is known of the case as a whole
 */
public record DefectionCase(CaseId id, long version, List<Defector> defectors, Facts facts) {

    public DefectionCase {
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
        List<String> names = defectors.stream().map(Defector::displayName).toList();
        return names.size() == 1
                ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** The earliest known date of defection among its defectors. */
    public Optional<HistoricalDate> defected() {
        return defectors.stream()
                .map(Defector::defected)
                .filter(Fact::known)
                .map(Fact::value)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    public Optional<Defector> defector(DefectorId defectorId) {
        return defectors.stream().filter(d -> d.id().equals(defectorId)).findFirst();
    }

    @Override
    public String toString() {
        return id + " (" + defectors.stream().map(Defector::displayName).collect(Collectors.joining(", ")) + ")";
    }
}
