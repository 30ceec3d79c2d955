package org.haven.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Bearer tokens for the API: signed JWTs naming the officer and his roles, valid for a limited time. */
class Tokens {

    static final String ISSUER = "haven";
    static final String ROLES = "roles";

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration lifetime;

    Tokens(JwtEncoder encoder, Clock clock, Duration lifetime) {
        this.encoder = encoder;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Issued(String token, Instant expiresAt) {}

    /** The claim that holds the account's version when the token was issued. */
    static final String ACCOUNT_VERSION = "account_version";

    Issued issue(Authentication signedIn, long accountVersion) {
        Instant now = clock.instant();
        List<String> roles = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(signedIn.getName())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(ROLES, roles)
                .claim(ACCOUNT_VERSION, accountVersion)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new Issued(token, now.plus(lifetime));
    }
}
