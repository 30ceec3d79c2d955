package org.haven.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session signed in with a local account lasts only while the account stands as it stood at sign-in:
 * once it is disabled, reset, or its roles change, the next request signs the session out and sends him to sign
 * in again, so an administrator's change takes effect at once and not when the session ends.
 */
final class SessionStanding extends OncePerRequestFilter {

    private final JdbcAccounts accounts;

    SessionStanding(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken local && local.isAuthenticated()) {
            // The account's own authorities, not those the sign-in adds (the factor it was proved with).
            Set<String> held = local.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_") || a.equals(JdbcAccounts.MUST_CHANGE_PASSWORD))
                    .collect(Collectors.toSet());
            boolean stands =
                    accounts.standing(local.getName()).map(held::equals).orElse(false);
            if (!stands) {
                new SecurityContextLogoutHandler().logout(request, response, local);
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
