package org.haven.archive;

import java.util.List;
import java.util.Objects;
import org.haven.cases.DefectorId;
import org.jspecify.annotations.Nullable;

/**
 * A defector of a past case, as a study records him: every fact about him with the passages that state it.
 *
 * @param id the defector's identifier, unique across all cases
 * @param givenName the given name, where the sources give one
 * @param surname the surname as the study's list of defectors spells it (for 'S', the letter)
 * @param facts what is known of him, each fact with its sources
 */
public record PastDefector(DefectorId id, @Nullable String givenName, String surname, Facts facts) {

    public PastDefector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        if (surname == null || surname.isBlank()) {
            throw new IllegalArgumentException("a defector needs a surname");
        }
        if (givenName != null && givenName.isBlank()) {
            givenName = null;
        }
    }

    /** The given name where known, then the surname as the study spells it: {@code Victor KRAVCHENKO}. */
    public String displayName() {
        return givenName == null ? surname : givenName + " " + surname;
    }

    /** Every name and spelling the sources use for him. */
    public List<Fact<String>> names() {
        return facts.all(Attribute.NAMES);
    }

    public Fact<HistoricalDate> defected() {
        return facts.one(Attribute.DEFECTED);
    }

    public <T> Fact<T> fact(Attribute<T> attribute) {
        return facts.one(attribute);
    }

    public <T> List<Fact<T>> factsOf(Attribute<T> attribute) {
        return facts.all(attribute);
    }
}
