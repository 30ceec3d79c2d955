package org.haven.security.internal;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.haven.refusal.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Two doors. The API ({@code /api/**}) takes bearer tokens, keeps no session and needs no CSRF token (no cookie
 * carries its authority); refusals are problem bodies. The pages keep a session, protected against CSRF, signed
 * into with a local account or, when configured, OpenID Connect. Both refuse what no rule allows.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Passwords are hashed with bcrypt; a one-time password given in two halves is checked half by half.
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        var encoders = java.util.Map.<String, PasswordEncoder>of(
                "bcrypt", bcrypt, HalvedPasswords.ID, new HalvedPasswords(bcrypt));
        return new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(
            JdbcAccounts accounts,
            PasswordEncoder passwords,
            org.haven.audit.AuditLog audit,
            java.time.Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        // Unknown users are answered after the same password hashing as known ones, with the same message.
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new SignInThrottle(new ProviderManager(provider), audit, clock, transactions);
    }

    @Bean
    SecretKey tokenKey(
            @Value("${haven.security.token-key:}") String configured, @Value("${haven.data-dir:./data}") Path dataDir) {
        return TokenKey.of(configured, dataDir);
    }

    @Bean
    Tokens tokens(SecretKey tokenKey, Clock clock, @Value("${haven.security.token-lifetime:PT1H}") Duration lifetime) {
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
        return new Tokens(encoder, clock, lifetime);
    }

    /**
     * What a page may load and run: its own scripts only (no inline script, no eval), styles of its own and inline
     * (the chart libraries style what they draw), nothing framed, forms posted only to Haven.
     */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** The doors themselves, where there is a web server; commands open none. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Doors {

        /** Haven's own tokens, unless an OpenID Connect issuer is configured to issue them. */
        @Bean
        @ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' == ''")
        JwtDecoder havenTokens(SecretKey tokenKey, Clock clock, JdbcAccounts accounts) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenKey)
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
            JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
            expiry.setClock(clock);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    expiry, new JwtIssuerValidator(Tokens.ISSUER), new AccountAsIssued(accounts)));
            return decoder;
        }

        @Bean
        @Order(1)
        SecurityFilterChain api(
                HttpSecurity http,
                AccessRules access,
                @Value("${haven.security.roles-claim:roles}") String rolesClaim,
                @Value("${haven.security.name-claim:sub}") String nameClaim)
                throws Exception {
            JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
            roles.setAuthoritiesClaimName(rolesClaim);
            roles.setAuthorityPrefix("ROLE_");
            JwtAuthenticationConverter own = new JwtAuthenticationConverter();
            own.setJwtGrantedAuthoritiesConverter(roles);
            var provider = ProviderTokens.converter(rolesClaim, nameClaim);
            // Haven's own tokens name a local account; a provider's name his user by issuer and subject.
            org.springframework.core.convert.converter.Converter<
                            org.springframework.security.oauth2.jwt.Jwt,
                            org.springframework.security.authentication.AbstractAuthenticationToken>
                    converter = jwt -> Tokens.ISSUER.equals(jwt.getClaimAsString("iss"))
                    ? own.convert(jwt)
                    : provider.convert(jwt);
            http.securityMatcher("/api/**")
                    .authorizeHttpRequests(access::apply)
                    .headers(headers -> headers.contentSecurityPolicy(
                                    csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                            .referrerPolicy(referrer -> referrer.policy(
                                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                            .ReferrerPolicy.NO_REFERRER)))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter))
                            .authenticationEntryPoint((request, response, e) -> {
                                response.setHeader("WWW-Authenticate", "Bearer");
                                Problems.write(
                                        response,
                                        401,
                                        "Unauthorized",
                                        "Sign in first: POST /api/tokens with your user name and password, then send"
                                                + " 'Authorization: Bearer TOKEN'. A token that is forged, altered or"
                                                + " expired is refused.",
                                        request.getRequestURI());
                            })
                            .accessDeniedHandler((request, response, e) -> Problems.write(
                                    response,
                                    403,
                                    "Forbidden",
                                    "Your roles do not allow this.",
                                    request.getRequestURI())))
                    .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                                response.setHeader("WWW-Authenticate", "Bearer");
                                Problems.write(
                                        response,
                                        401,
                                        "Unauthorized",
                                        "Sign in first: POST /api/tokens with your user name and password, then send"
                                                + " 'Authorization: Bearer TOKEN'.",
                                        request.getRequestURI());
                            })
                            .accessDeniedHandler((request, response, failure) -> Problems.write(
                                    response,
                                    403,
                                    "Forbidden",
                                    "Your roles do not allow this.",
                                    request.getRequestURI())));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pages(
                HttpSecurity http,
                AccessRules access,
                ObjectProvider<ClientRegistrationRepository> openIdConnect,
                AuthenticationManager signIns,
                JdbcAccounts accounts)
                throws Exception {
            http.addFilterBefore(
                    new SessionStanding(accounts),
                    org.springframework.security.web.access.intercept.AuthorizationFilter.class);
            // The page signs in through the one manager the API uses (throttled, every attempt recorded), not one of
            // its own that Spring Security would build from the accounts.
            http.authenticationManager(signIns);
            SavedRequestAwareAuthenticationSuccessHandler toWhereHeWasGoing =
                    new SavedRequestAwareAuthenticationSuccessHandler();
            http.authorizeHttpRequests(access::apply)
                    .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(
                                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                            .ReferrerPolicy.SAME_ORIGIN)))
                    .formLogin(form -> form.loginPage("/login").successHandler((request, response, authentication) -> {
                        boolean oneTime = authentication.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals(JdbcAccounts.MUST_CHANGE_PASSWORD));
                        if (oneTime) {
                            response.sendRedirect(request.getContextPath() + "/account/password");
                        } else {
                            toWhereHeWasGoing.onAuthenticationSuccess(request, response, authentication);
                        }
                    }))
                    .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
                    .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication();
                        boolean oneTime = signedIn != null
                                && signedIn.getAuthorities().stream()
                                        .anyMatch(a -> a.getAuthority().equals(JdbcAccounts.MUST_CHANGE_PASSWORD));
                        if (oneTime) {
                            // A one-time password opens only the page to change it: that is where he is sent.
                            response.sendRedirect(request.getContextPath() + "/account/password");
                        } else {
                            response.sendError(403);
                        }
                    }));
            if (openIdConnect.getIfAvailable() != null) {
                http.oauth2Login(login ->
                        login.loginPage("/login").userInfoEndpoint(user -> user.oidcUserService(new ProviderUsers())));
            }
            return http.build();
        }
    }
}
