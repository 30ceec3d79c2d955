package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.haven.registry.DocumentIngest;
import org.haven.registry.Mention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code haven ingest FILE}: the people a plain-text document mentions, resolved against the registry. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Finds the people a plain-text document (UTF-8) mentions and resolves each to a registry"
                + " person, or proposes him as new. Offsets count UTF-16 code units of the file's text.")
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    HavenCommandLine haven;

    @Parameters(paramLabel = "FILE", description = "The document.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": " + e);
        }
        try (var context = haven.start(true)) {
            List<Mention> mentions = context.getBean(DocumentIngest.class).ingest(text);
            if (format == Format.json) {
                System.out.println(context.getBean(JsonMapper.class)
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(mentions));
            } else {
                for (Mention m : mentions) {
                    System.out.printf(
                            Locale.ROOT,
                            "%6d-%-6d %-28s %-26s %.4f%n",
                            m.start(),
                            m.end(),
                            m.text(),
                            m.person() == null ? (m.proposedNew() ? "(new)" : "(unresolved)") : m.person(),
                            m.score());
                }
            }
        }
        return 0;
    }
}
