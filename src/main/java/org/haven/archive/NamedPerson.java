package org.haven.archive;

import java.util.List;
import java.util.Objects;
import org.haven.cases.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * A person a dataset names who is not a defector of its cases (TROTSKY, Ignace REISS, Allan Nunn MAY).
 *
 * @param id the person's identifier, unique among defectors and people alike
 * @param givenName the given name, where the source gives one
 * @param surname the surname as the source writes it
 * @param note who he is, in the source's terms
 * @param names every form of his name the source uses, each with its passages
 */
public record NamedPerson(
        String id,
        @Nullable String givenName,
        String surname,
        @Nullable String note,
        List<Fact<String>> names) {

    public NamedPerson {
        Slugs.require("person", id);
        Objects.requireNonNull(surname, "surname");
        names = List.copyOf(names);
    }

    /** The given name where known, then the surname: {@code Ignace REISS}. */
    public String displayName() {
        return givenName == null ? surname : givenName + " " + surname;
    }
}
