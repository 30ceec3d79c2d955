package org.haven.registry.internal;

import java.util.List;
import org.haven.audit.CanonicalJson;
import org.haven.registry.NameForm;
import org.haven.registry.Person;
import org.haven.registry.PersonKind;
import org.jspecify.annotations.Nullable;

/**
 * A person's state as the audit record hashes it, in its first shape (which predates the shape's version among the
 * hashed values: the version is {@link #VERSION}, and {@code StateShapeTests} holds the shape to it).
 */
public record PersonState(
        String id,
        @Nullable String givenName,
        String surname,
        PersonKind kind,
        @Nullable String caseId,
        @Nullable String note,
        List<NameForm> names,
        long version) {

    /** The version of the shape. */
    public static final int VERSION = 1;

    static String hash(Person p) {
        return CanonicalJson.hash(new PersonState(
                p.id(), p.givenName(), p.surname(), p.kind(), p.caseId(), p.note(), p.names(), p.version()));
    }
}
