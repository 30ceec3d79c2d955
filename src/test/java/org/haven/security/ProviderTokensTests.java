package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API behind an OpenID Connect provider, started by the test on loopback (its discovery document and its
 * published keys, served by the JDK's HTTP server; its tokens signed with its RSA key). A token for Haven's audience
 * is taken; one for another service, or for none, is refused; a provider's user is named by issuer and subject, and
 * his clearance is his token's claim alone, never that of a local account of the same name.
 */
@org.springframework.boot.test.context.SpringBootTest(
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "haven.decision.review-enabled=false")
class ProviderTokensTests {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    Accounts accounts;

    private static final String PASSWORD = "correct horse battery staple";

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    private java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private tools.jackson.databind.JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static final String AUDIENCE = "haven-api";
    private static final RSAKey KEY;
    private static final HttpServer PROVIDER;
    private static final String ISSUER;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("provider-key-1").generate();
            PROVIDER = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/service";
            serve(
                    "/realms/service/.well-known/openid-configuration",
                    "{\"issuer\":\"" + ISSUER + "\","
                            + "\"jwks_uri\":\"" + ISSUER + "/keys\","
                            + "\"authorization_endpoint\":\"" + ISSUER + "/auth\","
                            + "\"token_endpoint\":\"" + ISSUER + "/token\","
                            + "\"subject_types_supported\":[\"public\"],"
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                            + "\"response_types_supported\":[\"code\"]}");
            serve("/realms/service/keys", new JWKSet(KEY.toPublicJWK()).toString());
            PROVIDER.start();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void serve(String path, String json) {
        PROVIDER.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** A Haven of its own (the provider's door), on a data directory of its own. */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws java.io.IOException {
        java.nio.file.Path own = java.nio.file.Files.createTempDirectory("haven-provider-test-");
        org.haven.TestStore.properties(own).forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Autowired
    JdbcClient jdbc;

    /** A token the provider signs, for {@code audience} (none when null), with the claims given. */
    private static String token(String subject, List<String> audience, Map<String, Object> claims) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        if (audience != null) {
            set.audience(audience);
        }
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(KEY.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                set.build());
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return send(request.build());
    }

    private String openSecretCase(String token) {
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", "Pyotr PROVIDEROV");
        approach.put("place", "Helsinki");
        approach.put("country", "Finland");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the Legation");
        HttpResponse<String> opened = call("POST", "/api/approaches", token, approach);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return body(opened).get("id").asString();
    }

    @Test
    void aTokenForHavensAudienceIsTakenAndItsUserNamedByIssuerAndSubject() throws Exception {
        String token = token(
                "officer-7", List.of(AUDIENCE), Map.of("roles", List.of("reception"), "clearance", "SECRET&RECEPTION"));
        String id = openSecretCase(token);
        assertThat(call("GET", "/api/cases/" + id, token, null).statusCode()).isEqualTo(200);
        String actor = jdbc.sql("select actor from audit_entry where action = 'ApproachRecorded' and subject_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(actor).isEqualTo(ISSUER + "#officer-7");
    }

    @Test
    void aTokenForAnotherServiceOrForNoneIsRefused() throws Exception {
        Map<String, Object> claims = Map.of("roles", List.of("reception"), "clearance", "SECRET&RECEPTION");
        for (String refused :
                List.of(token("officer-7", List.of("another-service"), claims), token("officer-7", null, claims))) {
            HttpResponse<String> response = call("GET", "/api/cases", refused, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        }
        // A token signed by any other key is refused too, whatever it claims.
        RSAKey other = new RSAKeyGenerator(2048).keyID(KEY.getKeyID()).generate();
        SignedJWT forged = SignedJWT.parse(token("officer-7", List.of(AUDIENCE), claims));
        SignedJWT resigned = new SignedJWT(forged.getHeader(), forged.getJWTClaimsSet());
        resigned.sign(new RSASSASigner(other));
        assertThat(call("GET", "/api/cases", resigned.serialize(), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aProvidersUserNeverTakesTheClearanceOfALocalAccountOfTheSameName() throws Exception {
        String cleared = token(
                "officer-8", List.of(AUDIENCE), Map.of("roles", List.of("reception"), "clearance", "SECRET&RECEPTION"));
        String id = openSecretCase(cleared);
        // A local account named like him, cleared for the case: nothing of it passes to the provider's user.
        if (!accounts.exists("namesake")) {
            accounts.create(
                    "namesake", PASSWORD, EnumSet.of(Role.RECEPTION), Clearance.parse("TOP_SECRET&RECEPTION"), false);
        }
        String namesake = token("namesake", List.of(AUDIENCE), Map.of("roles", List.of("reception")));
        assertThat(call("GET", "/api/cases/" + id, namesake, null).statusCode()).isEqualTo(404);
        HttpResponse<String> list = call("GET", "/api/cases", namesake, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(id);
    }
}
