package org.haven.security.internal;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/** Checks a user name and password and issues a bearer token; one answer for every failure. */
@Service
public class TokenService {

    private final AuthenticationManager authentication;
    private final Tokens tokens;
    private final JdbcAccounts accounts;

    TokenService(AuthenticationManager authentication, Tokens tokens, JdbcAccounts accounts) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** A token, and when it expires. */
    public record Issued(String token, Instant expiresAt) {}

    /** @throws SignInRefused with the same message whether the account exists or not */
    public Issued signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** A sign-in from {@code address} (the client's, as the request gives it), throttled per address too. */
    public Issued signIn(String username, String password, @org.jspecify.annotations.Nullable String address) {
        Authentication signedIn;
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
            if (address != null) {
                attempt.setDetails(
                        new org.springframework.security.web.authentication.WebAuthenticationDetails(address, null));
            }
            signedIn = authentication.authenticate(attempt);
        } catch (org.springframework.security.authentication.LockedException
                | org.springframework.security.authentication.CredentialsExpiredException e) {
            throw new SignInRefused(e.getMessage());
        } catch (org.haven.security.SignInNotRecorded e) {
            throw e;
        } catch (AuthenticationException e) {
            throw new SignInRefused("The user name or password is wrong.");
        }
        boolean oneTime = signedIn.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(JdbcAccounts.MUST_CHANGE_PASSWORD));
        if (oneTime) {
            throw new SignInRefused(
                    "This account still has its one-time password: sign in on the web page and change" + " it first.");
        }
        long version = accounts.version(signedIn.getName())
                .orElseThrow(() -> new SignInRefused("The user name or password is wrong."));
        Tokens.Issued issued = tokens.issue(signedIn, version);
        return new Issued(issued.token(), issued.expiresAt());
    }

    /** Sign-in refused: the message is the same whichever part was wrong. */
    public static class SignInRefused extends BadCredentialsException {

        public SignInRefused(String message) {
            super(message);
        }
    }
}
