package org.haven.registry.internal;

import org.haven.registry.Person;

/** The canonical state of a person, as the audit record hashes it. */
final class RegistryStates {

    static final String PERSON = "person";

    private RegistryStates() {}

    static String of(Person p) {
        return PersonState.hash(p);
    }
}
