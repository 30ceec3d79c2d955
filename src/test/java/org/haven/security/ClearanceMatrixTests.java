package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The clearance side of the matrix: every endpoint about one case, enumerated from the running application, asked
 * about a secret case by an officer with every role but too low a clearance, answers exactly as it answers about a
 * case that does not exist; an officer with the clearance is answered about the case itself.
 */
class ClearanceMatrixTests extends RunningHaven {

    private static final String LOW = "low-clearance-officer";
    private static final String HIGH = "high-clearance-officer";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> caseEndpoints() {
        return Endpoints.of(mappings).stream()
                .filter(e -> e.contains("/cases/{id}"))
                // The archive's page serves the records of past studies only, which are open to every reader.
                .filter(e -> !e.contains("/archive/"))
                .toList();
    }

    @Test
    void aCaseAboveHisClearanceAnswersLikeACaseThatDoesNotExist() {
        Set<Role> every = EnumSet.complementOf(EnumSet.of(Role.ADMIN));
        if (!accounts.exists(LOW)) {
            accounts.create(LOW, PASSWORD, every, Clearance.parse("CONFIDENTIAL&RECEPTION&RESETTLEMENT"), false);
            accounts.create(HIGH, PASSWORD, every, Clearance.parse("SECRET&RECEPTION&RESETTLEMENT"), false);
        }
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", "Gleb MATRIXOV");
        approach.put("place", "Helsinki");
        approach.put("country", "Finland");
        approach.put("setting", "FIELD");
        approach.put("recipient", "the British Legation");
        String secret =
                body(postAs(HIGH, "/api/approaches", approach)).get("id").asString();

        List<String> endpoints = caseEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(10);
        List<String> betrayed = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            Answer hidden = request(LOW, method, path(pattern, secret));
            Answer missing = request(LOW, method, path(pattern, "no-such-case-9"));
            if (hidden.status() != missing.status() || hidden.body().contains("MATRIXOV")) {
                betrayed.add(
                        endpoint + ": " + hidden.status() + " for the hidden case, " + missing.status() + " for none");
            }
            // A protected detail, or the case file and its sources, may not have been written yet: its absence is a 404
            // of its own.
            if (method.equals("GET")
                    && !pattern.contains("{field}")
                    && !pattern.contains("{ref}")
                    && !pattern.endsWith("/case-file")) {
                Answer seen = request(HIGH, method, path(pattern, secret));
                if (seen.status() != 200) {
                    withheld.add(endpoint + ": " + seen.status());
                }
            }
        }
        assertThat(betrayed)
                .as("endpoints that betray a case above the clearance")
                .isEmpty();
        assertThat(withheld)
                .as("endpoints that withhold a case within the clearance")
                .isEmpty();
    }

    private static String path(String pattern, String caseId) {
        return Endpoints.concrete(pattern.replace("{id}", caseId).replace("{verb}", "decline"));
    }

    private record Answer(int status, String body) {}

    private Answer request(String user, String method, String path) {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        HttpClient client = HttpClient.newHttpClient();
        String form = "";
        if (api) {
            request.header("Authorization", "Bearer " + token(user));
        } else {
            client = session(user);
            String token = csrf(client);
            if (token != null) {
                form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&verb=decline&reason=probe&version=0";
            }
        }
        switch (method) {
            case "GET" -> request.GET();
            case "PUT" ->
                request.header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"probe\"}"));
            default -> {
                if (api) {
                    request.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"reason\":\"probe\",\"version\":0,\"label\":\"TOP_SECRET\"}"));
                } else {
                    request.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form));
                }
            }
        }
        HttpResponse<String> response = send(client, request.build());
        return new Answer(response.statusCode(), response.body());
    }
}
