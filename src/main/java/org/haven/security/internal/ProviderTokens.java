package org.haven.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The API's tokens when an OpenID Connect provider issues them: signed by the provider's published keys, from its
 * issuer, unexpired, and meant for Haven (the {@code aud} claim names the configured audience; a token for another
 * service, or for none, is refused). A provider's user is named by issuer and subject, never confused with a local
 * account of the same name; his clearance is his token's {@code clearance} claim alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' != ''")
class ProviderTokens {

    @Bean
    JwtDecoder providerTokenDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences) {
        List<String> wanted =
                audiences.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (wanted.isEmpty()) {
            throw new IllegalStateException("An OpenID Connect issuer is configured for the API, but no audience:"
                    + " set spring.security.oauth2.resourceserver.jwt.audiences to the audience the provider puts in"
                    + " the tokens it issues for Haven, so that tokens meant for other services are refused");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(wanted::contains))));
        return decoder;
    }

    /** The name a provider's user has in Haven: his subject (or the configured claim), after his issuer. */
    static String nameOf(Jwt jwt, String nameClaim) {
        String name = jwt.getClaimAsString(nameClaim);
        return jwt.getClaimAsString("iss") + "#" + (name == null ? jwt.getSubject() : name);
    }

    /** Roles from the provider's roles claim, as authorities; the name namespaced by issuer. */
    static Converter<Jwt, AbstractAuthenticationToken> converter(String rolesClaim, String nameClaim) {
        return jwt -> {
            List<GrantedAuthority> roles = new ArrayList<>();
            Collection<String> given = jwt.getClaimAsStringList(rolesClaim);
            if (given != null) {
                given.forEach(r -> roles.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT))));
            }
            return new JwtAuthenticationToken(jwt, roles, nameOf(jwt, nameClaim));
        };
    }
}
