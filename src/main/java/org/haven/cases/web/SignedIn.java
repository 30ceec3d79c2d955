package org.haven.cases.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.haven.cases.Officer;
import org.haven.security.Officers;
import org.haven.security.Role;
import org.springframework.security.core.Authentication;

/** The signed-in user as the officer who makes a move: his own name and his roles, never a name from the request. */
final class SignedIn {

    private SignedIn() {}

    static Officer officer(Authentication authentication) {
        return new Officer(authentication.getName(), Officers.roles(authentication));
    }

    /** Roles in words: {@code reception officer or case officer}. */
    static String titles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(" or "));
    }
}
