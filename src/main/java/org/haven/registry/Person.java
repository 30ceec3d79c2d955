package org.haven.registry;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person in the registry, with every form of his name: his true name, the spellings of it, his later names.
 *
 * @param id the identifier (a defector's is his defector id)
 * @param givenName the given name, where known
 * @param surname the surname as the sources spell it
 * @param kind defector or other person
 * @param caseId the case of a defector
 * @param note who he is
 * @param names every form of his name
 * @param version the optimistic-lock version
 */
public record Person(
        String id,
        @Nullable String givenName,
        String surname,
        PersonKind kind,
        @Nullable String caseId,
        @Nullable String note,
        List<NameForm> names,
        long version) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(surname, "surname");
        names = List.copyOf(names);
    }

    /** The given name where known, then the surname as the sources spell it: {@code Victor KRAVCHENKO}. */
    public String displayName() {
        return givenName == null ? surname : givenName + " " + surname;
    }
}
