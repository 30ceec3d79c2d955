package org.haven.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.Haven;

/** The web application in a process of its own, started as a person starts it, and killed as a crash kills it. */
final class HavenServer implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Haven is ready at (http://localhost:\\d+)/");

    private final Process process;
    private final URI address;

    private HavenServer(Process process, URI address) {
        this.process = process;
        this.address = address;
    }

    static HavenServer start(Map<String, String> environment, Path dataDir) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Haven.class.getName(),
                "--port",
                "0",
                "--data-dir",
                dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<URI> ready = new CompletableFuture<>();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        Matcher m = READY.matcher(line);
                        if (m.find()) {
                            ready.complete(URI.create(m.group(1)));
                        }
                    }
                } catch (IOException e) {
                    // the process has gone
                }
                ready.completeExceptionally(new IllegalStateException("Haven stopped before it was ready"));
            });
            reader.setDaemon(true);
            reader.start();
            try {
                return new HavenServer(process, ready.get(2, TimeUnit.MINUTES));
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                synchronized (output) {
                    throw new AssertionError("Haven did not start:\n" + output, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI address() {
        return address;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            kill();
        }
    }
}
