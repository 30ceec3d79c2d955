package org.haven.cases;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A man or woman who has approached us, under the name he gave: which may be false, and which the registry learns.
 *
 * @param id the defector's identifier, unique across all cases; a new one says nothing
 * @param givenName the given name, where he gave one
 * @param surname the surname he gave
 */
public record Defector(DefectorId id, @Nullable String givenName, String surname) {

    public Defector {
        Objects.requireNonNull(id, "id");
        if (surname == null || surname.isBlank()) {
            throw new IllegalArgumentException("a defector needs a surname");
        }
        if (givenName != null && givenName.isBlank()) {
            givenName = null;
        }
    }

    /** The given name where known, then the surname: {@code Konstantin VOLKOV}. */
    public String displayName() {
        return givenName == null ? surname : givenName + " " + surname;
    }
}
