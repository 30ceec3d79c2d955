package org.haven.security.internal;

import static org.haven.security.Role.ADMIN;
import static org.haven.security.Role.ANALYST;
import static org.haven.security.Role.AUDITOR;
import static org.haven.security.Role.HANDLER;
import static org.haven.security.Role.HISTORIAN;
import static org.haven.security.Role.PROTECTION;
import static org.haven.security.Role.RECEPTION;
import static org.haven.security.Role.RESETTLEMENT;
import static org.haven.security.Role.VETTING;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What each role may do, endpoint by endpoint. Anything not listed is refused, to everyone.
 *
 * <p>The cases of past studies are open to every role that reads cases; a live case is read and moved only by the
 * officers who work it (reception, handling, vetting, protection, resettlement), which {@link
 * org.haven.security.Officers#mayWorkLiveCases} checks on the record itself.
 */
final class AccessRules {

    /** Those who work live cases. */
    static final Set<Role> CASE_WORK = EnumSet.of(RECEPTION, HANDLER, VETTING, PROTECTION, RESETTLEMENT);

    /** Those who read the register and the study. */
    static final Set<Role> READERS =
            EnumSet.of(RECEPTION, HANDLER, ANALYST, VETTING, PROTECTION, RESETTLEMENT, AUDITOR, HISTORIAN);

    static final Set<Role> TRACERS = EnumSet.of(RECEPTION, HANDLER, ANALYST, VETTING);

    record Rule(HttpMethod method, String pattern, Set<Role> roles) {}

    /** Pages and assets anyone may fetch, signed in or not. */
    static final List<String> PUBLIC = List.of("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error");

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/", READERS),
            new Rule(HttpMethod.GET, "/study", READERS),
            new Rule(HttpMethod.GET, "/study/*", READERS),
            new Rule(HttpMethod.GET, "/links", READERS),
            new Rule(HttpMethod.GET, "/cases/*", READERS),
            new Rule(HttpMethod.GET, "/api/study", READERS),
            new Rule(HttpMethod.GET, "/api/cases", READERS),
            new Rule(HttpMethod.GET, "/api/cases/*", READERS),
            new Rule(HttpMethod.GET, "/api-docs", EnumSet.allOf(Role.class)),
            new Rule(HttpMethod.GET, "/api-docs/**", EnumSet.allOf(Role.class)),
            new Rule(HttpMethod.GET, "/swagger-ui/**", EnumSet.allOf(Role.class)),
            new Rule(HttpMethod.GET, "/decisions", CASE_WORK),
            new Rule(HttpMethod.GET, "/api/decisions", CASE_WORK),
            new Rule(HttpMethod.POST, "/approaches", EnumSet.of(RECEPTION)),
            new Rule(HttpMethod.POST, "/api/approaches", EnumSet.of(RECEPTION)),
            new Rule(HttpMethod.POST, "/cases/*/moves", CASE_WORK),
            new Rule(HttpMethod.POST, "/cases/*/approval", CASE_WORK),
            new Rule(HttpMethod.POST, "/api/cases/*/moves/*", CASE_WORK),
            new Rule(HttpMethod.POST, "/api/cases/*/approval", CASE_WORK),
            new Rule(
                    HttpMethod.POST,
                    "/api/cases/*/custody-pending-decision",
                    EnumSet.of(RECEPTION, HANDLER, PROTECTION)),
            new Rule(HttpMethod.GET, "/api/cases/*/tasks", CASE_WORK),
            new Rule(HttpMethod.POST, "/api/cases/*/tasks", CASE_WORK),
            new Rule(HttpMethod.POST, "/api/tasks/*/completion", CASE_WORK),
            new Rule(HttpMethod.GET, "/api/cases/*/audit", EnumSet.of(AUDITOR, HANDLER)),
            new Rule(HttpMethod.GET, "/api/cases/*/label", CASE_WORK),
            new Rule(HttpMethod.POST, "/api/cases/*/label", EnumSet.of(HANDLER, VETTING, PROTECTION, RESETTLEMENT)),
            new Rule(HttpMethod.GET, "/trace", TRACERS),
            new Rule(HttpMethod.GET, "/api/trace", TRACERS),
            new Rule(HttpMethod.POST, "/api/trace", TRACERS),
            new Rule(HttpMethod.POST, "/api/compare", TRACERS),
            new Rule(HttpMethod.GET, "/ingest", EnumSet.of(ANALYST, VETTING)),
            new Rule(HttpMethod.POST, "/ingest", EnumSet.of(ANALYST, VETTING)),
            new Rule(HttpMethod.POST, "/api/ingest", EnumSet.of(ANALYST, VETTING)),
            new Rule(HttpMethod.POST, "/api/accounts", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/keys/*/rotation", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.PUT, "/api/cases/*/protected/*", EnumSet.of(PROTECTION, RESETTLEMENT)),
            new Rule(HttpMethod.GET, "/api/cases/*/protected/*", EnumSet.of(PROTECTION, RESETTLEMENT)),
            new Rule(HttpMethod.GET, "/audit", EnumSet.of(AUDITOR)),
            new Rule(HttpMethod.GET, "/api/audit", EnumSet.of(AUDITOR)));

    private AccessRules() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    registry) {
        registry.requestMatchers(PUBLIC.toArray(String[]::new)).permitAll();
        registry.requestMatchers(HttpMethod.POST, "/api/tokens").permitAll();
        registry.requestMatchers("/account/password").authenticated();
        registry.requestMatchers(HttpMethod.POST, "/logout").authenticated();
        for (Rule rule : RULES) {
            registry.requestMatchers(rule.method(), rule.pattern())
                    .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
        registry.anyRequest().denyAll();
    }
}
