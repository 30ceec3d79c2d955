package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.haven.audit.AuditVerification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Accounts administered by two administrators: what gives power waits for the second, a one-time password is given
 * in halves that neither of them holds whole, what takes power away is at once and ends the account's tokens.
 */
class AccountAdministrationTests extends RunningHaven {

    private static final String FIRST = "first-admin";
    private static final String SECOND = "second-admin";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditVerification verification;

    @Test
    void aNewAccountOpensOnlyWithBothHalvesAfterASecondAdministratorConfirms() {
        admins();
        HttpResponse<String> created = postAs(
                FIRST,
                "/api/accounts",
                Map.of("username", "enrolled", "roles", List.of("HANDLER"), "clearance", "SECRET"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = body(created);
        String first = answer.get("firstHalf").asString();
        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(answer.has("oneTimePassword"))
                .as("the whole password is never answered")
                .isFalse();
        assertThat(tokenAttempt("enrolled", first)).contains("wrong");

        JsonNode waiting = listed("enrolled");
        assertThat(waiting.get("awaiting").get("kind").asString()).isEqualTo("ENROL");
        assertThat(waiting.get("awaiting").get("proposedBy").asString()).isEqualTo(FIRST);
        long version = waiting.get("version").asLong();

        HttpResponse<String> own = postAs(FIRST, "/api/accounts/enrolled/confirmation", Map.of("version", version));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(own.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> confirmed =
                postAs(SECOND, "/api/accounts/enrolled/confirmation", Map.of("version", version));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        String second = body(confirmed).get("secondHalf").asString();
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);

        assertThat(tokenAttempt("enrolled", first)).contains("wrong");
        assertThat(tokenAttempt("enrolled", second + first))
                .as("the halves in the wrong order")
                .contains("wrong");
        assertThat(tokenAttempt("enrolled", first + " " + second))
                .as("both halves open the account, to change its password")
                .contains("one-time password");
        assertThat(listed("enrolled").get("awaiting").isNull()).isTrue();
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void moreRolesWaitForASecondAdministratorFewerTakeEffectAtOnce() {
        admins();
        account("granted", Role.HANDLER);
        long version = listed("granted").get("version").asLong();
        JsonNode more = body(put(
                FIRST,
                "/api/accounts/granted/roles",
                Map.of("roles", List.of("HANDLER", "VETTING"), "clearance", CLEARANCE, "version", version)));
        assertThat(more.get("applied").asBoolean()).isFalse();
        assertThat(roles("granted")).containsExactly("HANDLER");

        version = listed("granted").get("version").asLong();
        HttpResponse<String> busy = put(
                SECOND,
                "/api/accounts/granted/roles",
                Map.of("roles", List.of("HANDLER"), "clearance", CLEARANCE, "version", version));
        assertThat(busy.statusCode()).as("one change at a time").isEqualTo(409);

        assertThat(postAs(SECOND, "/api/accounts/granted/confirmation", Map.of("version", version))
                        .statusCode())
                .isEqualTo(200);
        assertThat(roles("granted")).containsExactly("HANDLER", "VETTING");

        version = listed("granted").get("version").asLong();
        JsonNode fewer = body(put(
                FIRST,
                "/api/accounts/granted/roles",
                Map.of("roles", List.of("HANDLER", "HISTORIAN"), "clearance", "SECRET", "version", version)));
        assertThat(fewer.get("applied").asBoolean())
                .as("a role taken away, the historian's given, a lower clearance: at once")
                .isTrue();
        assertThat(roles("granted")).containsExactly("HANDLER", "HISTORIAN");

        version = listed("granted").get("version").asLong();
        JsonNode higher = body(put(
                FIRST,
                "/api/accounts/granted/roles",
                Map.of("roles", List.of("HANDLER", "HISTORIAN"), "clearance", "TOP_SECRET", "version", version)));
        assertThat(higher.get("applied").asBoolean())
                .as("a higher clearance waits")
                .isFalse();
    }

    @Test
    void disablingEndsTokensAndSignInAtOnceAndResettingNeedsTwoAdministrators() {
        admins();
        account("disabled-officer", Role.HANDLER);
        String before = token("disabled-officer");
        long version = listed("disabled-officer").get("version").asLong();
        assertThat(postAs(FIRST, "/api/accounts/disabled-officer/disabling", Map.of("version", version))
                        .statusCode())
                .isEqualTo(204);
        assertThat(withToken(before, "/api/cases").statusCode()).isEqualTo(401);
        assertThat(tokenAttempt("disabled-officer", PASSWORD))
                .as("a disabled account is refused as a wrong password is")
                .contains("wrong");
        assertThat(listed("disabled-officer").get("disabled").asBoolean()).isTrue();

        HttpResponse<String> stale =
                postAs(FIRST, "/api/accounts/disabled-officer/enabling", Map.of("version", version));
        assertThat(stale.statusCode()).as("a version read before the disabling").isEqualTo(409);
        version = listed("disabled-officer").get("version").asLong();
        assertThat(postAs(SECOND, "/api/accounts/disabled-officer/enabling", Map.of("version", version))
                        .statusCode())
                .isEqualTo(204);
        assertThat(tokenAttempt("disabled-officer", PASSWORD)).contains("token");

        version = listed("disabled-officer").get("version").asLong();
        HttpResponse<String> reset = postAs(FIRST, "/api/accounts/disabled-officer/reset", Map.of("version", version));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        String first = body(reset).get("firstHalf").asString();
        assertThat(tokenAttempt("disabled-officer", PASSWORD))
                .as("the old password ends")
                .contains("wrong");
        version = listed("disabled-officer").get("version").asLong();
        String second = body(postAs(SECOND, "/api/accounts/disabled-officer/confirmation", Map.of("version", version)))
                .get("secondHalf")
                .asString();
        assertThat(tokenAttempt("disabled-officer", first + second)).contains("one-time password");

        List<String> acts = jdbc.sql("select action from audit_entry where subject_type = 'account' and subject_id = ?"
                        + " order by seq")
                .param("disabled-officer")
                .query(String.class)
                .list();
        assertThat(acts)
                .containsSubsequence(
                        "AccountCreated",
                        "AccountDisabled",
                        "AccountEnabled",
                        "PasswordReset",
                        "AccountChangeConfirmed");
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void aSignedInSessionEndsWhenHisAccountIsDisabled() {
        admins();
        account("session-officer", Role.HANDLER);
        var session = session("session-officer");
        HttpResponse<String> before =
                send(session, HttpRequest.newBuilder(uri("/decisions")).GET().build());
        assertThat(before.uri().getPath()).isEqualTo("/decisions");
        long version = listed("session-officer").get("version").asLong();
        assertThat(postAs(FIRST, "/api/accounts/session-officer/disabling", Map.of("version", version))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> after =
                send(session, HttpRequest.newBuilder(uri("/decisions")).GET().build());
        assertThat(after.uri().getPath()).isEqualTo("/login");
        assertThat(after.body()).contains("changed by an administrator");
    }

    @Test
    void anAdministratorDoesNotAdministerHisOwnAccount() {
        admins();
        long version = listed(FIRST).get("version").asLong();
        HttpResponse<String> own = postAs(FIRST, "/api/accounts/" + FIRST + "/disabling", Map.of("version", version));
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(body(own).get("detail").asString()).contains("another administrator");
        HttpResponse<String> noVersion = postAs(FIRST, "/api/accounts/" + SECOND + "/disabling", Map.of());
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(body(noVersion).get("detail").asString()).contains("version");
    }

    private void admins() {
        account(FIRST, Role.ADMIN);
        account(SECOND, Role.ADMIN);
    }

    private JsonNode listed(String user) {
        HttpResponse<String> list = getAs(SECOND, "/api/accounts");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode a : body(list)) {
            if (a.get("username").asString().equals(user)) {
                return a;
            }
        }
        throw new AssertionError("no account " + user + " in " + list.body());
    }

    private List<String> roles(String user) {
        return listed(user)
                .get("roles")
                .valueStream()
                .map(JsonNode::asString)
                .sorted()
                .toList();
    }

    private String tokenAttempt(String user, String password) {
        return send(HttpRequest.newBuilder(uri("/api/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(Map.of("username", user, "password", password))))
                        .build())
                .body();
    }

    private HttpResponse<String> put(String user, String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build());
    }

    private HttpResponse<String> withToken(String token, String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }
}
