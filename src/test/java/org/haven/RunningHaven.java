package org.haven;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.security.Accounts;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Haven started for real on a random port, on a fresh store of its own, shared by its tests; its clock is a {@link
 * TestClock} the tests move, and the decision clock reviews only when a test asks it to. On H2; a subclass whose
 * proof depends on the store (concurrency, locks, the audit's transactions) carries {@link StoreTest} and runs on
 * PostgreSQL too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"haven.decision.review-enabled=false", "haven.welfare.review-enabled=false"})
@Import(RunningHaven.Time.class)
public abstract class RunningHaven {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    private static final Path DATA_DIR = newDataDir();

    /** The data directory of the Haven under test (its H2 file, its keys). */
    protected static Path dataDir() {
        return DATA_DIR;
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        if (TestStore.available()) {
            TestStore.properties(DATA_DIR).forEach((name, value) -> registry.add(name, () -> value));
        }
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("haven-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    protected TestClock clock;

    @Autowired
    protected Accounts accounts;

    /** The officer the tests act as when a request names none: he holds every role but the administrator's. */
    protected static final String DUTY_OFFICER = "duty-officer";

    /** Every test account's clearance, unless a test gives another: secret, and reception's compartment. */
    protected static final String CLEARANCE = "TOP_SECRET&RECEPTION";

    /** Every test account's password. */
    protected static final String PASSWORD = "correct horse battery staple";

    private record Token(String value, java.time.Instant expiresAt) {}

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, HttpClient> SESSIONS = new ConcurrentHashMap<>();

    /** An account for {@code user}, with every role but the administrator's unless {@code roles} are given. */
    protected void account(String user, Role... roles) {
        if (!accounts.exists(user)) {
            Set<Role> given = roles.length == 0
                    ? EnumSet.complementOf(EnumSet.of(Role.ADMIN))
                    : EnumSet.copyOf(Arrays.asList(roles));
            accounts.create(user, PASSWORD, given, Clearance.parse(CLEARANCE), false);
        }
    }

    /** A bearer token for {@code user}, signing in through the API as a client does. */
    protected String token(String user) {
        // Tokens expire by Haven's clock, which the tests move: one near its end is replaced.
        return TOKENS.compute(user + "@" + port, (key, held) -> {
                    if (held != null
                            && clock.instant().isBefore(held.expiresAt().minusSeconds(300))) {
                        return held;
                    }
                    account(user);
                    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/tokens"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    json.writeValueAsString(Map.of("username", user, "password", PASSWORD))))
                            .build());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("cannot sign in as " + user + ": " + response.body());
                    }
                    JsonNode issued = body(response);
                    return new Token(
                            issued.get("token").asString(),
                            java.time.Instant.parse(issued.get("expiresAt").asString()));
                })
                .value();
    }

    /**
     * Posts as the officer the map names ({@code officer} or {@code receivedBy}), or as the duty officer. The name
     * only says who signs in: it is taken out of the body, since Haven takes the officer from the sign-in alone.
     */
    protected HttpResponse<String> post(String path, Object body) {
        String user = DUTY_OFFICER;
        if (body instanceof Map<?, ?> map) {
            Object named = map.get("officer") != null ? map.get("officer") : map.get("receivedBy");
            if (named instanceof String officer && !officer.isBlank()) {
                user = officer;
            }
            Map<Object, Object> sent = new java.util.LinkedHashMap<>(map);
            sent.remove("officer");
            sent.remove("receivedBy");
            return postAs(user, path, sent);
        }
        return postAs(user, path, body);
    }

    protected HttpResponse<String> postAs(String user, String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .build());
    }

    /** Gets an API resource with the duty officer's token, or a page in the duty officer's signed-in session. */
    protected HttpResponse<String> get(String path) {
        return getAs(DUTY_OFFICER, path);
    }

    protected HttpResponse<String> getAs(String user, String path) {
        if (path.startsWith("/api/")) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Bearer " + token(user))
                    .GET()
                    .build());
        }
        return send(session(user), HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A browser-like client signed in through the sign-in page (session cookie and CSRF token). */
    protected HttpClient session(String user) {
        return SESSIONS.computeIfAbsent(user + "@" + port, key -> {
            account(user);
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String login = send(
                            client, HttpRequest.newBuilder(uri("/login")).GET().build())
                    .body();
            String csrf = csrfIn(login);
            if (csrf == null) {
                throw new IllegalStateException("the sign-in page has no CSRF token");
            }
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
            HttpResponse<String> signedIn = send(
                    client,
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build());
            if (signedIn.uri().getPath().equals("/login")) {
                throw new IllegalStateException("cannot sign in as " + user);
            }
            return client;
        });
    }

    /**
     * Records an approach through the API as the duty officer: a live case, its decision clock started.
     *
     * @return the case's id
     */
    protected String openApproach(String nameGiven, String place, String country, String setting, String recipient) {
        Map<String, Object> approach = new java.util.LinkedHashMap<>();
        approach.put("nameGiven", nameGiven);
        approach.put("place", place);
        approach.put("country", country);
        approach.put("setting", setting);
        approach.put("recipient", recipient);
        HttpResponse<String> opened = postAs(DUTY_OFFICER, "/api/approaches", approach);
        if (opened.statusCode() != 201) {
            throw new IllegalStateException("the approach was not recorded: " + opened.body());
        }
        return body(opened).get("id").asString();
    }

    /**
     * Posts a page's form in {@code user}'s signed-in session, with its CSRF token, as a browser does.
     *
     * @param fields names and values, in pairs
     */
    protected HttpResponse<String> form(String user, String path, String... fields) {
        HttpClient session = session(user);
        StringBuilder body = new StringBuilder("_csrf=" + csrf(session));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&')
                    .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(
                session,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build());
    }

    /** The CSRF token of a signed-in session, as its forms carry it; null when the page has none. */
    protected String csrf(HttpClient session) {
        return csrfIn(send(
                        session,
                        HttpRequest.newBuilder(uri("/account/password")).GET().build())
                .body());
    }

    private static String csrfIn(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    protected HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
