package org.haven.security;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Officers act under their own name: the one they signed in with. */
public final class Officers {

    private Officers() {}

    /**
     * Whether the signed-in user works live cases (reception, handling, analysis of what a defector gives, vetting,
     * protection, resettlement).
     */
    public static boolean mayWorkLiveCases(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> switch (a.getAuthority()) {
            case "ROLE_RECEPTION",
                    "ROLE_HANDLER",
                    "ROLE_ANALYST",
                    "ROLE_VETTING",
                    "ROLE_PROTECTION",
                    "ROLE_RESETTLEMENT" -> true;
            default -> false;
        });
    }

    /** The roles the signed-in user holds. */
    public static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (var authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /**
     * The signed-in officer's name; a name given in a request must be his.
     *
     * @throws IllegalArgumentException when the request names another officer
     */
    public static String acting(Authentication authentication, @Nullable String named) {
        String name = authentication.getName();
        if (named != null && !named.isBlank() && !named.strip().equals(name)) {
            throw new IllegalArgumentException("the request names '" + named.strip() + "' but you are signed in as '"
                    + name + "': officers act under their own name");
        }
        return name;
    }
}
