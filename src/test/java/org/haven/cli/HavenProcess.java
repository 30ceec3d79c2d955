package org.haven.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.haven.Haven;
import org.haven.TestStore;

/** Runs Haven's main class in a process of its own, as a script runs the jar, on the store of its data directory. */
final class HavenProcess {

    record Run(int exitCode, String out, String err) {}

    private HavenProcess() {}

    static Run run(String... args) {
        int dataDir = List.of(args).indexOf("--data-dir");
        return runWith(
                TestStore.environment(Path.of(dataDir >= 0 && dataDir + 1 < args.length ? args[dataDir + 1] : "data")),
                args);
    }

    /** Runs Haven with {@code environment} added to this process's own. */
    static Run runWith(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Haven.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("haven-out", ".txt");
            Path err = Files.createTempFile("haven-err", ".txt");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("haven " + String.join(" ", args) + " did not finish");
            }
            Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
