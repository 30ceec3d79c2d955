package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost: a stream of writes through the API, Haven killed with SIGKILL at a random moment,
 * restarted, again and again; every write that was answered is there after every restart, and the audit record
 * verifies at the end.
 */
@StoreTest
class DurabilityTests {

    /**
     * How many times Haven is killed: a few in {@code ./mvnw verify}, twenty in the {@code durability} profile that
     * CI runs ({@code -Dhaven.test.kills}).
     */
    private static final int KILLS = Integer.getInteger("haven.test.kills", 3);

    private static final int WRITERS = 3;
    private static final JsonMapper JSON = JsonMapper.shared();

    @TempDir
    Path dataDir;

    private static final String PASSWORD = "a long enough test password";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The writer's bearer token from the Haven now running. */
    private volatile String token = "";

    private String signIn(URI address) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(address.resolve("/api/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("username", "writer", "password", PASSWORD))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** What the server answered: the case exists, with at least this version. */
    private record Acknowledged(String name, long version) {}

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAtRandomPoints() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> environment = TestStore.environment(dataDir);
        AtomicInteger sequence = new AtomicInteger();
        java.nio.file.Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + "-password");
        java.nio.file.Files.writeString(passwordFile, PASSWORD);
        HavenProcess.Run added = HavenProcess.run(
                "accounts",
                "add",
                "writer",
                "--role",
                "RECEPTION,HANDLER",
                "--clearance",
                "SECRET&RECEPTION",
                "--password-file",
                passwordFile.toString(),
                "--data-dir",
                dataDir.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        for (int kill = 1; kill <= KILLS; kill++) {
            HavenServer haven = HavenServer.start(environment, dataDir);
            token = signIn(haven.address());
            assertAllPresent(haven.address(), acknowledged, "after kill " + (kill - 1) + " (seed " + seed + ")");
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(Thread.ofPlatform().start(() -> write(haven.address(), running, sequence, acknowledged)));
            }
            Thread.sleep(200 + random.nextInt(1_800));
            haven.kill();
            running.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
        }
        try (HavenServer haven = HavenServer.start(environment, dataDir)) {
            token = signIn(haven.address());
            assertAllPresent(haven.address(), acknowledged, "after the last kill (seed " + seed + ")");
        }
        assertThat(acknowledged.size())
                .as("writes acknowledged over %d kills", KILLS)
                .isGreaterThan(KILLS);
        assertThat(acknowledged.values().stream().filter(a -> a.version() > 0))
                .as("moves acknowledged")
                .isNotEmpty();
        System.out.printf(
                "Durability on %s: %d cases acknowledged over %d kills (seed %d)%n",
                TestStore.name(), acknowledged.size(), KILLS, seed);
        HavenProcess.Run verify = HavenProcess.run("audit", "verify", "--data-dir", dataDir.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }

    /** Records approaches, and proposes to accept every other one, until the server goes away. */
    private void write(
            URI address, AtomicBoolean running, AtomicInteger sequence, Map<String, Acknowledged> acknowledged) {
        while (running.get()) {
            String name = "Durable WRITER" + sequence.incrementAndGet();
            try {
                HttpResponse<String> opened = post(
                        address,
                        "/api/approaches",
                        Map.of(
                                "nameGiven", name,
                                "place", "Istanbul",
                                "country", "Turkey",
                                "setting", "FIELD",
                                "recipient", "the British Consulate"));
                if (opened.statusCode() != 201) {
                    throw new AssertionError("an approach was refused: " + opened.body());
                }
                String id = JSON.readTree(opened.body()).get("id").asString();
                acknowledged.put(id, new Acknowledged(name, 0));
                if (sequence.get() % 2 == 0) {
                    HttpResponse<String> moved = post(
                            address,
                            "/api/cases/" + id + "/moves/accept",
                            Map.of("reason", "bona fides likely", "version", 0));
                    if (moved.statusCode() != 202) {
                        throw new AssertionError("a proposal was refused: " + moved.body());
                    }
                    acknowledged.put(id, new Acknowledged(name, 1));
                }
            } catch (IOException e) {
                return; // killed mid-request: that write was not acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> post(URI address, String path, Map<String, Object> body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(address.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every acknowledged case, read in one request (the register as the writer may see it), at its version. */
    private void assertAllPresent(URI address, Map<String, Acknowledged> acknowledged, String when) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(address.resolve("/api/cases"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(2))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the register %s", when).isEqualTo(200);
        Map<String, JsonNode> present = new java.util.HashMap<>();
        for (JsonNode c : JSON.readTree(response.body())) {
            present.put(c.get("id").asString(), c);
        }
        for (var entry : acknowledged.entrySet()) {
            JsonNode view = present.get(entry.getKey());
            assertThat(view).as("acknowledged case %s %s", entry.getKey(), when).isNotNull();
            assertThat(view.get("name").asString())
                    .as("case %s %s", entry.getKey(), when)
                    .isEqualTo(entry.getValue().name());
            assertThat(view.get("version").asLong())
                    .as("version of case %s %s", entry.getKey(), when)
                    .isGreaterThanOrEqualTo(entry.getValue().version());
        }
    }
}
