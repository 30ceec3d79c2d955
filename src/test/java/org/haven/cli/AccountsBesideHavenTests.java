package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The accounts commands run at the console while Haven runs on the same store, and Haven sees what they did. */
class AccountsBesideHavenTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAccountAddedDisabledAndResetAtTheConsoleIsSeenByTheRunningHaven() throws Exception {
        Map<String, String> environment = TestStore.environment(dataDir);
        try (HavenServer haven = HavenServer.start(environment, dataDir)) {
            HavenProcess.Run added = HavenProcess.inProcess(
                    "accounts", "add", "beside", "--role", "HANDLER", "--data-dir", dataDir.toString());
            assertThat(added.exitCode()).as(added.err()).isZero();
            String password = oneTimePassword(added.out());
            assertThat(tokenAttempt(haven.address(), "beside", password))
                    .as("the running Haven knows the account the console added")
                    .contains("one-time password");

            HavenProcess.Run disabled =
                    HavenProcess.inProcess("accounts", "disable", "beside", "--data-dir", dataDir.toString());
            assertThat(disabled.exitCode()).as(disabled.err()).isZero();
            assertThat(tokenAttempt(haven.address(), "beside", password)).contains("wrong");

            HavenProcess.Run listed =
                    HavenProcess.inProcess("accounts", "list", "--format", "json", "--data-dir", dataDir.toString());
            assertThat(listed.exitCode()).as(listed.err()).isZero();
            JsonNode beside = null;
            for (JsonNode a : JSON.readTree(listed.out())) {
                if (a.get("username").asString().equals("beside")) {
                    beside = a;
                }
            }
            assertThat(beside).isNotNull();
            assertThat(beside.get("disabled").asBoolean()).isTrue();

            assertThat(HavenProcess.inProcess("accounts", "enable", "beside", "--data-dir", dataDir.toString())
                            .exitCode())
                    .isZero();
            HavenProcess.Run reset =
                    HavenProcess.inProcess("accounts", "reset", "beside", "--data-dir", dataDir.toString());
            assertThat(reset.exitCode()).as(reset.err()).isZero();
            String anew = oneTimePassword(reset.out());
            assertThat(tokenAttempt(haven.address(), "beside", password)).contains("wrong");
            assertThat(tokenAttempt(haven.address(), "beside", anew)).contains("one-time password");

            HavenProcess.Run unknown =
                    HavenProcess.inProcess("accounts", "disable", "nobody-here", "--data-dir", dataDir.toString());
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err()).contains("there is no account 'nobody-here'");
        }
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", dataDir.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    }

    private static String oneTimePassword(String out) {
        Matcher m = Pattern.compile("one-time password (?:is )?([0-9a-f]{32})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    private String tokenAttempt(URI address, String user, String password) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(address.resolve("/api/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("username", user, "password", password))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
