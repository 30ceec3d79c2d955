package org.haven.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The requests a module serves and the roles that may make each: every module contributes its own, and anything no
 * module lists is refused to everyone.
 */
public interface RequestRules {

    /** Those who work live cases. */
    Set<Role> CASE_WORK = EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT);

    /** Those who read the register and the study. */
    Set<Role> READERS = EnumSet.complementOf(EnumSet.of(Role.ADMIN));

    /** Those who trace names. */
    Set<Role> TRACERS = EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.ANALYST, Role.VETTING);

    /**
     * One request and who may make it.
     *
     * @param method the HTTP method
     * @param pattern the path, in Spring's pattern syntax ({@code /api/cases/*})
     * @param roles the roles that may
     */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        public Rule {
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException(pattern + ": a rule names at least one role");
            }
        }

        public static Rule get(String pattern, Set<Role> roles) {
            return new Rule(HttpMethod.GET, pattern, roles);
        }

        public static Rule post(String pattern, Set<Role> roles) {
            return new Rule(HttpMethod.POST, pattern, roles);
        }

        public static Rule put(String pattern, Set<Role> roles) {
            return new Rule(HttpMethod.PUT, pattern, roles);
        }
    }

    List<Rule> rules();
}
