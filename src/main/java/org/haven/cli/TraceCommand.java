package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.haven.registry.Match;
import org.haven.registry.NameTrace;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code haven trace}: a name, or a file of names, traced against the registry. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = "Traces a name against everything the registry holds, in any spelling."
                + "%nWith --names FILE, traces one name per line and prints one JSON object per line.")
class TraceCommand implements Callable<Integer> {

    @ParentCommand
    HavenCommandLine haven;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to trace.")
    @Nullable
    String name;

    @Option(names = "--names", paramLabel = "FILE", description = "A file of names, one per line (UTF-8).")
    @Nullable
    Path names;

    @Option(names = "--limit", defaultValue = "10", description = "Matches per name (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((name == null) == (names == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a NAME or --names FILE");
        }
        if (name != null && name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the name to trace is empty");
        }
        List<String> lines = names == null ? List.of() : readLines(names);
        try (var context = haven.start(true)) {
            NameTrace trace = context.getBean(NameTrace.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            if (name != null) {
                List<Match> matches = trace.trace(name, limit);
                if (format == Format.json) {
                    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(matches));
                } else {
                    print(name, matches);
                }
                return 0;
            }
            for (String line : lines) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("query", line);
                try {
                    result.put("matches", trace.trace(line, limit));
                } catch (IllegalArgumentException e) {
                    result.put("matches", List.of());
                    result.put("error", e.getMessage());
                }
                if (format == Format.json) {
                    System.out.println(json.writeValueAsString(result));
                } else {
                    @SuppressWarnings("unchecked")
                    List<Match> matches = (List<Match>) result.get("matches");
                    print(line, matches);
                }
            }
            return 0;
        }
    }

    private List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --names " + file + ": " + e);
        }
    }

    private static void print(String query, List<Match> matches) {
        System.out.println(query);
        if (matches.isEmpty()) {
            System.out.println("  no candidate");
        }
        for (Match m : matches) {
            System.out.printf(
                    Locale.ROOT,
                    "  %.4f %-5s %-28s %s%n",
                    m.score(),
                    m.match() ? "match" : "",
                    m.name(),
                    m.explanation());
        }
    }
}
