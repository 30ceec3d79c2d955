package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.haven.TestStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Haven behind a TLS-terminating proxy, as the README says to run it ({@code server.forward-headers-strategy=native}):
 * a request the proxy marks as HTTPS ({@code X-Forwarded-Proto}) is answered as one, with HSTS and a session cookie
 * marked {@code Secure}; one it does not mark is answered as plain HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"haven.decision.review-enabled=false", "server.forward-headers-strategy=native"})
class BehindAProxyTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) throws java.io.IOException {
        var dir = Files.createTempDirectory("haven-proxy-test-");
        TestStore.properties(dir).forEach((name, value) -> registry.add(name, () -> value));
    }

    private HttpResponse<String> login(String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestTheProxyMarksAsHttpsGetsHstsAndASecureCookie() throws Exception {
        HttpResponse<String> secure = login("https");
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(secure.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));

        HttpResponse<String> plain = login(null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }
}
