package org.haven.security.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.haven.security.Accounts;
import org.haven.security.internal.TokenService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing in to the API, and the administrator's accounts. */
@RestController
class TokenController {

    private final TokenService tokens;
    private final Accounts accounts;

    TokenController(TokenService tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record SignIn(@Nullable String username, @Nullable String password) {}

    record Token(String token, String tokenType, Instant expiresAt) {}

    @PostMapping("/api/tokens")
    @Operation(summary = "Sign in with a user name and password; answers a bearer token for the API")
    Token signIn(@RequestBody SignIn signIn, jakarta.servlet.http.HttpServletRequest request) {
        var issued = tokens.signIn(
                signIn.username() == null ? "" : signIn.username(),
                signIn.password() == null ? "" : signIn.password(),
                request.getRemoteAddr());
        return new Token(issued.token(), "Bearer", issued.expiresAt());
    }

    @PostMapping("/api/accounts/{username}/revocation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every token issued to the account so far (administrators); the act is recorded")
    void revoke(@PathVariable String username, Authentication admin) {
        accounts.revokeTokens(username, admin.getName());
    }
}
