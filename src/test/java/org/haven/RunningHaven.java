package org.haven;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Haven started for real on a random port, on a fresh store of its own (H2, or PostgreSQL in the build's second
 * run), shared by its tests; its
 * clock is a {@link TestClock} the tests move, and the decision clock reviews only when a test asks it to.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "haven.decision.review-enabled=false")
@Import(RunningHaven.Time.class)
@StoreTest
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

    protected HttpResponse<String> post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .build());
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
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
