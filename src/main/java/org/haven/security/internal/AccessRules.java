package org.haven.security.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * What each role may do, endpoint by endpoint, gathered from every module's {@link RequestRules}. Anything no module
 * lists is refused, to everyone.
 *
 * <p>The cases of past studies are open to every role that reads cases; a live case is read and moved only by the
 * officers who work it (reception, handling, analysis, vetting, protection, resettlement), which {@link
 * org.haven.security.Officers#mayWorkLiveCases} checks on the record itself; each move names the roles that may
 * make it.
 */
@Component
class AccessRules {

    /** Pages and assets anyone may fetch, signed in or not. */
    static final List<String> PUBLIC = List.of("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error");

    private final List<RequestRules.Rule> rules;

    AccessRules(List<RequestRules> contributions) {
        List<RequestRules.Rule> all = new ArrayList<>();
        contributions.forEach(c -> all.addAll(c.rules()));
        this.rules = Collections.unmodifiableList(all);
    }

    /** Every rule the modules contribute. */
    List<RequestRules.Rule> rules() {
        return rules;
    }

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        registry.requestMatchers(PUBLIC.toArray(String[]::new)).permitAll();
        registry.requestMatchers(HttpMethod.POST, "/api/tokens").permitAll();
        registry.requestMatchers("/account/password").authenticated();
        registry.requestMatchers(HttpMethod.POST, "/logout").authenticated();
        for (RequestRules.Rule rule : rules) {
            registry.requestMatchers(rule.method(), rule.pattern())
                    .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
        registry.anyRequest().denyAll();
    }
}
