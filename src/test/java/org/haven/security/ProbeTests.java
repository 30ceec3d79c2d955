package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The probe, rerun: every endpoint of the running application (enumerated, as the access matrix does), each asked
 * with the inputs that broke it or might — a multipart body, invalid UTF-8 in the query, malformed and oversized
 * JSON, numbers out of range, lone UTF-16 surrogates, the wrong media type, an empty body — by an officer with every
 * role; then the paths the firewall refuses, and {@code /error} itself. No answer may be a 5xx, an answer of the API
 * must be a problem body, none may carry a stack trace; and on every endpoint that names a case, a case hidden from
 * the officer must answer exactly as a missing one. The figures are printed (rerun: {@code ./mvnw test
 * -Dtest=ProbeTests}).
 */
class ProbeTests extends RunningHaven {

    private static final String PROBER = "prober";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Answer(String request, int status, String contentType, String body) {}

    private final List<Answer> answers = new ArrayList<>();

    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("empty JSON", "{}");
        BODIES.put("malformed JSON", "{\"nameGiven\": ");
        BODIES.put("a JSON array", "[1, 2, 3]");
        BODIES.put("numbers out of range", "{\"version\": 1e400, \"due\": 99999999999999999999999}");
        BODIES.put(
                "lone surrogates",
                "{\"nameGiven\":\"A\\ud800B\",\"value\":\"\\udc00\",\"title\":\"x\\ud800\",\"reason\":\"\\ud800\","
                        + "\"label\":\"SECRET\\ud800\",\"username\":\"u\\ud800\",\"a\":\"\\ud800\",\"b\":\"x\"}");
        BODIES.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
    }

    private Answer ask(HttpClient client, HttpRequest request, String what) {
        HttpResponse<String> response = send(client, request);
        Answer answer = new Answer(
                what,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        answers.add(answer);
        return answer;
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(PROBER));
    }

    private List<String> faults() {
        List<String> faults = new ArrayList<>();
        for (Answer a : answers) {
            if (a.status() >= 500) {
                faults.add(a.request() + ": " + a.status() + " " + abbreviated(a.body()));
            }
            if (a.request().contains(" /api/")
                    && a.status() >= 400
                    && !a.contentType().contains("problem+json")) {
                faults.add(a.request() + ": " + a.status() + " without a problem body (" + a.contentType() + ")");
            }
            if (a.body().contains("Exception")
                    || a.body().contains("\tat ")
                    || a.body().contains("at org.")) {
                faults.add(a.request() + ": a stack trace or exception name in the answer: " + abbreviated(a.body()));
            }
        }
        return faults;
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    @Test
    void noInputAnswers5xxOrAStackTraceAndTheApiAlwaysAnswersAProblem() {
        account(PROBER);
        String live = body(postAs(
                        PROBER,
                        "/api/approaches",
                        Map.of(
                                "nameGiven", "Oleg PROBEDOV",
                                "place", "Bern",
                                "country", "Switzerland",
                                "setting", "MISSION_ABROAD",
                                "recipient", "the Legation")))
                .get("id")
                .asString();
        HttpClient plain = HttpClient.newHttpClient();
        HttpClient session = session(PROBER);
        String csrf = csrf(session);
        int endpoints = 0;
        for (String endpoint : Endpoints.of(mappings)) {
            endpoints++;
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = Endpoints.concrete(endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{id}", live)
                    .replace("{verb}", "accept")
                    .replace("{compartment}", "RESETTLEMENT"));
            boolean isApi = path.startsWith("/api/");
            HttpClient client = isApi ? plain : session;
            // Invalid UTF-8 and an unpaired surrogate, percent-encoded, in the query.
            for (String query : List.of("?q=%FF%FE", "?name=%C3%28", "?q=%ED%A0%80", "?limit=99999999999999999999")) {
                HttpRequest.Builder get = isApi ? api(path + query) : HttpRequest.newBuilder(uri(path + query));
                ask(
                        client,
                        get.method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        method + " " + path + query);
            }
            if (method.equals("GET")) {
                continue;
            }
            for (var body : BODIES.entrySet()) {
                HttpRequest.Builder request = isApi ? api(path) : HttpRequest.newBuilder(uri(path));
                String sent = isApi
                        ? body.getValue()
                        : "_csrf=" + csrf + "&reason=" + URLEncoder.encode(body.getValue(), StandardCharsets.UTF_8);
                ask(
                        client,
                        request.header("Content-Type", isApi ? "application/json" : "application/x-www-form-urlencoded")
                                .method(method, HttpRequest.BodyPublishers.ofString(sent))
                                .build(),
                        method + " " + path + " with " + body.getKey());
            }
            String multipart =
                    "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--x--\r\n";
            for (String type : List.of(
                    "multipart/form-data; boundary=x",
                    "multipart/form-data",
                    "text/xml",
                    "application/json; charset=ebcdic")) {
                HttpRequest.Builder request = isApi ? api(path) : HttpRequest.newBuilder(uri(path + "?_csrf=" + csrf));
                ask(
                        client,
                        request.header("Content-Type", type)
                                .method(method, HttpRequest.BodyPublishers.ofString(multipart))
                                .build(),
                        method + " " + path + " as " + type);
            }
            HttpRequest.Builder empty = isApi ? api(path) : HttpRequest.newBuilder(uri(path));
            ask(
                    client,
                    empty.method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    method + " " + path + " with no body");
        }
        // What the firewall refuses, and the error page asked for itself.
        for (String path : List.of(
                "/api/cases/%2e%2e/x",
                "/api/cases//x",
                "/api/cases/a;b",
                "/api/cases/%2F",
                "/api/cases/a%5Cb",
                "/api/cases/%25",
                "/cases/a;jsessionid=1",
                "/error",
                "/api/error")) {
            ask(plain, api(path).GET().build(), "GET " + path);
            ask(session, HttpRequest.newBuilder(uri(path)).GET().build(), "GET " + path + " (page)");
        }
        List<String> faults = faults();
        long fiveHundreds = answers.stream().filter(a -> a.status() >= 500).count();
        System.out.printf(
                "probe: %d endpoints, %d requests, %d answered 5xx, %d faults%n",
                endpoints, answers.size(), fiveHundreds, faults.size());
        assertThat(faults).as("answers that break the rules").isEmpty();
        assertThat(answers.size()).isGreaterThan(endpoints * 4);
    }

    @Test
    void onEveryEndpointThatNamesACaseAHiddenCaseAnswersAsAMissingOne() {
        account(DUTY_OFFICER);
        if (!accounts.exists("under-cleared-prober")) {
            accounts.create(
                    "under-cleared-prober",
                    PASSWORD,
                    java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.ADMIN)),
                    Clearance.parse("CONFIDENTIAL"),
                    false);
        }
        String hidden = body(postAs(
                        DUTY_OFFICER,
                        "/api/approaches",
                        Map.of(
                                "nameGiven", "Lev HIDDENSKY",
                                "place", "Bern",
                                "country", "Switzerland",
                                "setting", "MISSION_ABROAD",
                                "recipient", "the Legation")))
                .get("id")
                .asString();
        String missing = "mmmm-mmmm-mmmm-mmmm";
        String token = token("under-cleared-prober");
        HttpClient client = HttpClient.newHttpClient();
        List<String> differences = new ArrayList<>();
        int pairs = 0;
        for (String endpoint : Endpoints.of(mappings)) {
            if (!endpoint.contains("{id}") || !endpoint.contains(" /api/")) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = Endpoints.concrete(
                    endpoint.substring(endpoint.indexOf(' ') + 1).replace("{verb}", "accept"));
            String body = "{\"reason\":\"probe\",\"version\":0,\"value\":\"x\",\"label\":\"SECRET\",\"kind\":\"HOUSE\","
                    + "\"title\":\"t\",\"owner\":\"o\",\"due\":\"2099-01-01T00:00:00Z\"}";
            Optional<String> seen = Optional.empty();
            for (String id : List.of(hidden, missing)) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(pattern.replace("{id}", id)))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json");
                request.method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> response = send(client, request.build());
                String answer = response.statusCode() + " " + response.body().replace(id, "ID");
                if (seen.isPresent() && !seen.get().equals(answer)) {
                    differences.add(endpoint + ": hidden " + seen.get() + " / missing " + answer);
                }
                seen = Optional.of(answer);
            }
            pairs++;
        }
        System.out.printf(
                "probe: %d endpoints asked about a hidden and a missing case, %d differ%n", pairs, differences.size());
        assertThat(pairs).isGreaterThan(5);
        assertThat(differences).isEmpty();
    }

    @Test
    void textWithHalfASurrogatePairIsRefusedNotStoredAsSomethingElse() {
        account(PROBER);
        HttpResponse<String> refused = postAs(
                PROBER,
                "/api/approaches",
                "{\"nameGiven\":\"Ivan \\ud800PETROV\",\"place\":\"Bern\",\"country\":\"Switzerland\","
                        + "\"setting\":\"MISSION_ABROAD\",\"recipient\":\"the Legation\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("detail").asString()).contains("surrogate");
        HttpResponse<String> query = getAs(PROBER, "/api/trace?name=Ivan%ED%A0%80");
        assertThat(query.statusCode()).isEqualTo(400);
        // A whole character beyond the first plane, a pair of surrogates, is text like any other.
        HttpResponse<String> pair = postAs(PROBER, "/api/compare", "{\"a\":\"\\ud83d\\ude00 Ivan\",\"b\":\"Ivan\"}");
        assertThat(pair.statusCode()).isEqualTo(200);
    }
}
