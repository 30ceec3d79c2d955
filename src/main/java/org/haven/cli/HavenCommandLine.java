package org.haven.cli;

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
        subcommands = {StudyCommand.class, CasesCommand.class})
public class HavenCommandLine implements Callable<Integer> {

    /** The exit code that means: the web application is running, do not exit. */
    public static final int KEEP_RUNNING = -1;

    private final Class<?> application;

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
        new SpringApplicationBuilder(application).properties(properties).run();
        return KEEP_RUNNING;
    }

    /** Starts Haven without a web server, for a command, logging to standard error so output stays clean. */
    ConfigurableApplicationContext start() {
        Map<String, Object> properties = properties();
        properties.put("logging.level.root", "WARN");
        properties.put("haven.log-target", "System.err");
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("haven.data-dir", dataDir.toAbsolutePath().normalize().toString());
        return properties;
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = HavenCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"haven " + (version == null ? "(development)" : version)};
        }
    }
}
