package org.haven.cases;

import java.util.EnumSet;
import java.util.Set;
import org.haven.security.Role;

/**
 * The officer who makes or approves a move: his name and the roles he signed in with.
 *
 * @param name the name he signed in with
 * @param roles his roles
 */
public record Officer(String name, Set<Role> roles) {

    public Officer {
        Approach.requireText("officer", name);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An officer with the given roles. */
    public static Officer of(String name, Role first, Role... rest) {
        return new Officer(name, EnumSet.of(first, rest));
    }
}
