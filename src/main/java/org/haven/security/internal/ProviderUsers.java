package org.haven.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Users who sign in to the pages through an OpenID Connect provider (whose ID token Spring Security has checked:
 * signature, issuer, audience = Haven's client id, expiry, nonce). Their roles are the ID token's {@code roles}
 * claim, their name is issuer and subject (never a local account's), their clearance its {@code clearance} claim.
 */
class ProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        List<GrantedAuthority> roles = new ArrayList<>();
        List<String> given = user.getIdToken().getClaimAsStringList("roles");
        if (given != null) {
            given.forEach(r -> roles.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT))));
        }
        return new Namespaced(roles, user);
    }

    /** A provider's user named {@code issuer#subject}. */
    static final class Namespaced extends DefaultOidcUser {

        private final String name;

        Namespaced(List<GrantedAuthority> roles, OidcUser user) {
            super(roles, user.getIdToken(), user.getUserInfo());
            this.name = user.getIdToken().getIssuer() + "#" + user.getSubject();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
