package org.haven.registry;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A personal name taken apart: given names (or initials), patronymic, surname.
 *
 * @param given the given names in order; a single letter is an initial
 * @param patronymic the patronymic, where one is given ({@code Andreyevich})
 * @param surname the surname
 * @param inverted whether it was written surname first ({@code KRAVCHENKO, Victor})
 * @param original the name as written
 */
public record PersonName(
        List<String> given, @Nullable String patronymic, String surname, boolean inverted, String original) {

    public PersonName {
        given = List.copyOf(given);
        Objects.requireNonNull(surname, "surname");
    }

    /** The first given name or initial, if any. */
    public @Nullable String firstGiven() {
        return given.isEmpty() ? null : given.getFirst();
    }

    public static boolean isInitial(String token) {
        return token.codePointCount(0, token.length()) == 1;
    }
}
