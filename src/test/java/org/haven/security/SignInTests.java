package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;

/** Signing in: one answer for every wrong sign-in, tokens that cannot be forged or outlive their time, CSRF. */
class SignInTests extends RunningHaven {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private HttpResponse<String> signIn(String user, String password) {
        return send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("username", user, "password", password))))
                .build());
    }

    private HttpResponse<String> casesWith(String token) {
        return send(HttpRequest.newBuilder(uri("/api/cases"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        account("known-officer");
        HttpResponse<String> wrongPassword = signIn("known-officer", "not the password at all");
        HttpResponse<String> unknownUser = signIn("nobody-at-all", "not the password at all");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        assertThat(body(wrongPassword).get("detail").asString()).isEqualTo("The user name or password is wrong.");
    }

    /**
     * The answer takes as long whether or not the account exists: an unknown user's password is hashed too. Without
     * that, an unknown user is answered in well under a millisecond and a known one after a full password hash (tens
     * of milliseconds), a difference of more than ten times; the medians here must be within a factor of two.
     */
    @Test
    void aWrongPasswordAndAnUnknownUserTakeAsLong() {
        account("timed-officer");
        signIn("timed-officer", "warm up the hashing once");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int n = i;
            known.add(timed(() -> signIn("timed-officer", "a wrong password " + n)));
            unknown.add(timed(() -> signIn("no-such-officer-" + n, "a wrong password " + n)));
        }
        double ratio = (double) median(known) / median(unknown);
        assertThat(ratio).as("median time, known user / unknown user").isBetween(0.5, 2.0);
    }

    @Test
    void aNameIsLockedAfterFiveFailuresWhetherOrNotItsAccountExistsAndEveryAttemptIsRecorded() {
        account("locked-officer");
        for (String name : List.of("locked-officer", "no-such-locked-officer")) {
            for (int i = 0; i < SIGN_IN_FREE_FAILURES; i++) {
                assertThat(signIn(name, "a wrong password " + i).statusCode()).isEqualTo(401);
            }
            // Locked now: even the right password is refused, with the same answer for both names.
            HttpResponse<String> locked = signIn(name, PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(401);
            assertThat(body(locked).get("detail").asString())
                    .isEqualTo("Too many failed sign-ins under this user name: try again in 1 minute.");
        }
        clock.advance(Duration.ofMinutes(2));
        try {
            assertThat(signIn("locked-officer", PASSWORD).statusCode()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofMinutes(-2));
        }
        account("signin-auditor", Role.AUDITOR);
        String refused = getAs("signin-auditor", "/api/audit?action=SignInRefused&subjectId=locked-officer&limit=100")
                .body();
        assertThat(refused).contains("wrong user name or password").contains("\\\"reason\\\":\\\"locked\\\"");
        assertThat(getAs("signin-auditor", "/api/audit?action=SignedIn&subjectId=locked-officer")
                        .body())
                .contains("SignedIn");
        assertThat(getAs("signin-auditor", "/api/audit?action=SignInRefused&subjectId=no-such-locked-officer")
                        .body())
                .contains("no-such-locked-officer");
    }

    private HttpResponse<String> casesWithToken(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return casesWith(body(signedIn).get("token").asString());
    }

    @Test
    void aTokenEndsWhenThePasswordChangesOrAnAdministratorRevokesIt() {
        account("revoked-officer");
        HttpResponse<String> first = signIn("revoked-officer", PASSWORD);
        String token = body(first).get("token").asString();
        assertThat(casesWith(token).statusCode()).isEqualTo(200);

        accounts.changePassword("revoked-officer", PASSWORD, PASSWORD + " anew");
        assertThat(casesWith(token).statusCode())
                .as("a token issued before the password changed")
                .isEqualTo(401);

        HttpResponse<String> second = signIn("revoked-officer", PASSWORD + " anew");
        assertThat(casesWithToken(second).statusCode()).isEqualTo(200);
        account("revoking-admin", Role.ADMIN);
        HttpResponse<String> revoked = postAs("revoking-admin", "/api/accounts/revoked-officer/revocation", Map.of());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        assertThat(casesWith(body(second).get("token").asString()).statusCode())
                .as("a token issued before the revocation")
                .isEqualTo(401);
        assertThat(casesWithToken(signIn("revoked-officer", PASSWORD + " anew")).statusCode())
                .isEqualTo(200);
    }

    /** How many wrong passwords a name is allowed before it is locked. */
    private static final int SIGN_IN_FREE_FAILURES = 5;

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void aForgedAnAlteredAndAnExpiredTokenAreRefused() {
        String token = token("token-officer");
        assertThat(casesWith(token).statusCode()).isEqualTo(200);

        String[] parts = token.split("\\.");
        // Altered: the same signature over a payload that now claims another officer.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String altered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                payload.replace("token-officer", "admin").getBytes())
                + "." + parts[2];
        assertThat(casesWith(altered).statusCode()).isEqualTo(401);
        // Forged: a token with no signature at all.
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + parts[1] + ".";
        assertThat(casesWith(unsigned).statusCode()).isEqualTo(401);
        assertThat(casesWith("not-a-token").statusCode()).isEqualTo(401);
        HttpResponse<String> none =
                send(HttpRequest.newBuilder(uri("/api/cases")).GET().build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(body(none).get("title").asString()).isEqualTo("Unauthorized");

        // Expired: Haven's clock moves past the token's hour.
        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(casesWith(token).statusCode()).isEqualTo(401);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void aOneTimePasswordOpensNothingButThePageToChangeIt() {
        accounts.create("new-officer", "a one-time password", Set.of(Role.HANDLER), true);
        HttpResponse<String> token = signIn("new-officer", "a one-time password");
        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(body(token).get("detail").asString()).contains("one-time password");
        assertThat(accounts.exists("new-officer")).isTrue();

        // In the browser he is sent to change it, whatever page he asks for.
        accounts.create("newer-officer", PASSWORD, Set.of(Role.HANDLER), true);
        var browser = session("newer-officer");
        HttpResponse<String> home =
                send(browser, HttpRequest.newBuilder(uri("/")).GET().build());
        assertThat(home.uri().getPath()).isEqualTo("/account/password");
        assertThat(home.body()).contains("Change your password");
    }

    @Test
    void aPageFormWithoutItsCsrfTokenIsRefused() {
        var client = session(DUTY_OFFICER);
        HttpResponse<String> response = send(
                client,
                HttpRequest.newBuilder(uri("/approaches"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "nameGiven=Forged+REQUEST&place=x&country=y" + "&setting=FIELD&recipient=z"))
                        .build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/decisions").body()).doesNotContain("Forged REQUEST");
    }

    @Test
    void aOneTimePasswordExpiresAndSaysSoOnlyToWhoeverGivesItRight() {
        String user = "one-time-" + System.nanoTime() % 100_000;
        accounts.create(user, PASSWORD, java.util.EnumSet.of(Role.HANDLER), true);
        clock.advance(java.time.Duration.ofDays(4));
        HttpResponse<String> right = signIn(user, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(body(right).get("detail").asString()).contains("one-time password of this account has expired");
        // A wrong password is told nothing more than anyone's wrong password.
        HttpResponse<String> wrong = signIn(user, "not the password at all");
        assertThat(body(wrong).get("detail").asString()).isEqualTo("The user name or password is wrong.");

        // On the sign-in page too, once the right one-time password was given.
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();
        String page = send(browser, HttpRequest.newBuilder(uri("/login")).GET().build())
                .body();
        assertThat(page).doesNotContain("You have signed out").doesNotContain("is wrong");
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> refused = send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                                + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                                + "&_csrf=" + csrf.group(1)))
                        .build());
        assertThat(refused.body()).contains("has expired: ask an administrator for a new one");
        long recorded = jdbc.sql("select count(*) from audit_entry where action = 'SignInRefused' and actor = ?"
                        + " and details like '%one-time password expired%'")
                .param(user)
                .query(Long.class)
                .single();
        assertThat(recorded).isEqualTo(2);
    }

    @Test
    void thePagesForbidInlineScriptsAndKeepTheirCookieToThisSite() {
        HttpResponse<String> login =
                send(HttpRequest.newBuilder(uri("/login")).GET().build());
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = java.util.Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src"))
                .findFirst()
                .orElseThrow();
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(send(HttpRequest.newBuilder(uri("/api/study")).GET().build())
                        .headers()
                        .firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void anAddressThatFailsUnderManyNamesIsLockedAndTheLockExpires() {
        account("address-officer");
        assertThat(signIn("address-officer", PASSWORD).statusCode()).isEqualTo(200); // a success: the count starts at 0
        for (int i = 0; i < 50; i++) {
            // Four guesses on each name stay under the names' own lockout: only the address is counted out.
            assertThat(signIn("sprayed-name-" + i / 4, "a guessed password " + i)
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = signIn("address-officer", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(body(locked).get("detail").asString())
                .isEqualTo("Too many failed sign-ins from this address: try again in 1 minute.");
        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(signIn("address-officer", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SignInRefused' and actor = ?"
                                + " and details like '%address locked%'")
                        .param("address-officer")
                        .query(Long.class)
                        .single())
                .isOne();
    }
}
