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

    /**
     * Runs a command of Haven's command line in this JVM, as its {@code main} would (everything but the JVM and the
     * exit), with its standard output and error captured: the store given by {@code --data-dir}, as {@link #run}.
     * Tests of what only a process shows (its exit on a bad store, its one line of error, a SIGKILL) use {@link
     * #run}.
     */
    static synchronized Run inProcess(String... args) {
        int dataDir = List.of(args).indexOf("--data-dir");
        return inProcessWith(
                TestStore.environment(Path.of(dataDir >= 0 && dataDir + 1 < args.length ? args[dataDir + 1] : "data")),
                args);
    }

    /** In this JVM, with {@code environment} given as the properties its variables stand for. */
    static synchronized Run inProcessWith(Map<String, String> environment, String... args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        var capturedOut = new java.io.ByteArrayOutputStream();
        var capturedErr = new java.io.ByteArrayOutputStream();
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        environment.forEach((name, value) ->
                properties.put(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value));
        properties.forEach(System::setProperty);
        try {
            System.setOut(new java.io.PrintStream(capturedOut, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(capturedErr, true, java.nio.charset.StandardCharsets.UTF_8));
            int exitCode = org.haven.cli.HavenCommandLine.run(Haven.class, args);
            System.out.flush();
            System.err.flush();
            return new Run(
                    exitCode,
                    capturedOut.toString(java.nio.charset.StandardCharsets.UTF_8),
                    capturedErr.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            properties.keySet().forEach(System::clearProperty);
        }
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
