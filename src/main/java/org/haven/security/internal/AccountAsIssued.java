package org.haven.security.internal;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token holds while its account is as it was when the token was issued: a password changed, roles or clearance
 * changed, tokens revoked by an administrator, or the account gone, and every token issued before is refused.
 */
final class AccountAsIssued implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error CHANGED =
            new OAuth2Error("invalid_token", "the account has changed since the token was issued", null);

    private final JdbcAccounts accounts;

    AccountAsIssued(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object claimed = token.getClaims().get(Tokens.ACCOUNT_VERSION);
        if (!(claimed instanceof Number version) || token.getSubject() == null) {
            return OAuth2TokenValidatorResult.failure(CHANGED);
        }
        var now = accounts.version(token.getSubject());
        return now.isPresent() && now.getAsLong() == version.longValue()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(CHANGED);
    }
}
