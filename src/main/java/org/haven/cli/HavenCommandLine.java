package org.haven.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code haven} command: the web application when no sub-command is given. */
@Command(
        name = "haven",
        mixinStandardHelpOptions = true,
        versionProvider = HavenCommandLine.Version.class,
        description = "Haven: the case register of defectors and the study of past cases.%n"
                + "With no command, starts the web application.",
        subcommands = {
            StudyCommand.class,
            CasesCommand.class,
            TraceCommand.class,
            CompareCommand.class,
            IngestCommand.class,
            AuditCommand.class,
            AccountsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CaseFileCommand.class,
            BenchmarkCommand.class
        })
public class HavenCommandLine implements Callable<Integer> {

    /** The exit code that means: the web application is running, do not exit. */
    public static final int KEEP_RUNNING = -1;

    private final Class<?> application;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "./data",
            scope = ScopeType.INHERIT,
            description = "Directory of Haven's embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("./data");

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "HTTP port of the web application (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    HavenCommandLine(Class<?> application) {
        this.application = application;
    }

    /**
     * Runs the command line.
     *
     * @return the process's exit code, or {@link #KEEP_RUNNING} when the web application was started
     */
    public static int run(Class<?> application, String... args) {
        CommandLine commandLine = new CommandLine(new HavenCommandLine(application));
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println("haven: " + Failures.describe(e));
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        Map<String, Object> properties = properties();
        properties.put("server.port", port);
        new SpringApplicationBuilder(application).run(arguments(properties));
        return KEEP_RUNNING;
    }

    /** Starts Haven without a web server, for a command, logging to standard error so output stays clean. */
    ConfigurableApplicationContext start() {
        return start(false);
    }

    /**
     * Starts Haven without a web server, for a command.
     *
     * @param nameIndex whether the command traces names: the others leave the name index alone, so they can run
     *     beside a Haven that holds it
     */
    ConfigurableApplicationContext start(boolean nameIndex) {
        return start(nameIndex, Map.of());
    }

    /** Starts Haven without a web server, for a command that needs settings of its own. */
    ConfigurableApplicationContext start(boolean nameIndex, Map<String, Object> settings) {
        Map<String, Object> properties = properties();
        properties.putAll(settings);
        properties.put("haven.registry.index-at-start", nameIndex);
        properties.put("logging.level.root", "WARN");
        properties.put("haven.log-target", "System.err");
        properties.put("haven.decision.review-enabled", "false");
        properties.put("haven.welfare.review-enabled", "false");
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(arguments(properties));
    }

    /** Properties as arguments, which take precedence over every other source, the configuration files included. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("haven.data-dir", usableDataDir().toString());
        return properties;
    }

    /** The data directory, created if missing; refused with the reason when it cannot hold a database. */
    private Path usableDataDir() {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--data-dir " + dir + " cannot be used as a directory: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data-dir " + dir + " is not writable");
        }
        return dir;
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = HavenCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"haven " + (version == null ? "(development)" : version)};
        }
    }
}
