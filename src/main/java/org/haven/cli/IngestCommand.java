package org.haven.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.haven.registry.DocumentIngest;
import org.haven.registry.Mention;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code haven ingest FILE}: the people a plain-text document mentions, resolved against the registry, written out
 * as they are found.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Finds the people a plain-text document (UTF-8) mentions and resolves each to a registry"
                + " person, or proposes him as new, writing each out as it is found. Offsets count UTF-16 code units"
                + " of the file's text.")
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

    @Option(
            names = "--max-size",
            paramLabel = "SIZE",
            defaultValue = "64MB",
            description = "The largest document read (default: ${DEFAULT-VALUE}); a larger one is refused unread.")
    String maxSize;

    @Option(
            names = "--progress",
            description = "Report on standard error how much has been read (always, when it is a terminal).")
    boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = read();
        PrintStream err = System.err;
        boolean report = progress || System.console() != null;
        long started = System.nanoTime();
        try (var context = haven.start(true)) {
            DocumentIngest ingest = context.getBean(DocumentIngest.class);
            org.haven.registry.NameTrace trace = context.getBean(org.haven.registry.NameTrace.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            long[] mentions = {0};
            java.util.function.LongConsumer told = read -> {
                if (report) {
                    err.printf(
                            Locale.ROOT,
                            "ingest: %,d of %,d characters read (%d%%), %,d mentions, %.1f s%n",
                            read,
                            text.length(),
                            text.isEmpty() ? 100 : read * 100 / text.length(),
                            mentions[0],
                            (System.nanoTime() - started) / 1e9);
                }
            };
            if (format == Format.json) {
                // The array is closed when the last mention is out; standard output stays open.
                java.io.OutputStream stdout = new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                try (SequenceWriter out = json.writerWithDefaultPrettyPrinter().writeValuesAsArray(stdout)) {
                    ingest.ingest(
                            text,
                            trace::openToEveryone,
                            m -> {
                                mentions[0]++;
                                out.write(m);
                            },
                            told);
                }
                System.out.println();
            } else {
                ingest.ingest(
                        text,
                        trace::openToEveryone,
                        m -> {
                            mentions[0]++;
                            print(m);
                        },
                        told);
            }
            System.out.flush();
        }
        return 0;
    }

    private static void print(Mention m) {
        System.out.printf(
                Locale.ROOT,
                "%6d-%-6d %-28s %-26s %.4f%n",
                m.start(),
                m.end(),
                m.text(),
                m.person() == null ? (m.proposedNew() ? "(new)" : "(unresolved)") : m.person(),
                m.score());
    }

    /** The document as text: refused, with a sentence that says why, if missing, too large or not UTF-8 text. */
    private String read() {
        long limit;
        try {
            limit = DataSize.parse(maxSize).toBytes();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-size " + maxSize + " is not a size such as 64MB or 500KB");
        }
        try {
            if (Files.isDirectory(file)) {
                throw refused(file + " is a directory, not a document");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw refused(file + " holds " + DataSize.ofBytes(size).toMegabytes() + " MB, more than --max-size "
                        + maxSize + ": split it, or raise the limit");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw refused(file + " is not a text document: it holds NUL characters (a binary file?)");
            }
            return text;
        } catch (NoSuchFileException e) {
            throw refused("there is no file " + file);
        } catch (AccessDeniedException e) {
            throw refused("cannot read " + file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw refused(file + " is not UTF-8 text (a binary file, or text in another encoding: convert it to"
                    + " UTF-8 first)");
        } catch (IOException e) {
            throw refused("cannot read " + file + ": " + e.getMessage());
        }
    }

    private CommandLine.ParameterException refused(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
