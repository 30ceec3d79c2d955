package org.haven.registry.internal.bench;

import org.haven.registry.PersonName;

/**
 * Whether a registry person's true name agrees with every part a query gives of the target's: the same surname,
 * the same given name (or initial) where the query gives one, the same patronymic (or initial) where it gives
 * one. Such a person is a correct match for the query's name even when he is not the target: "Ivan IVANOV" is
 * every Ivan Ivanov's name, and only the patronymic the query leaves out could tell them apart.
 */
final class Compatibility {

    private Compatibility() {}

    static boolean compatible(SyntheticRegistry.Person target, SyntheticRegistry.Person candidate, PersonName query) {
        if (candidate.id() == target.id() || candidate.recorded().equals(target.recorded())) {
            return true;
        }
        if (candidate.russian() != target.russian() || !candidate.surname().equals(target.surname())) {
            return false;
        }
        if (!query.given().isEmpty()) {
            String first = query.given().getFirst();
            boolean same = PersonName.isInitial(first)
                    ? initial(candidate.given()) == initial(target.given())
                    : candidate.given().equals(target.given());
            if (!same) {
                return false;
            }
        }
        boolean patronymicGiven = query.patronymic() != null
                || query.given().size() > 1
                        && PersonName.isInitial(query.given().get(1));
        if (patronymicGiven && target.patronymic() != null) {
            String a = candidate.patronymic();
            return a != null
                    && (query.patronymic() != null
                            ? a.equals(target.patronymic())
                            : initial(a) == initial(target.patronymic()));
        }
        return true;
    }

    private static char initial(String name) {
        return SyntheticRegistry.latin(name).charAt(0);
    }
}
