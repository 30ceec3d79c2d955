package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.haven.exploitation.Analysis;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileRefused;
import org.haven.exploitation.CaseFiles;
import org.haven.exploitation.ClaimAnalysis;
import org.haven.exploitation.TracedSubjects;
import org.haven.registry.NameTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code haven case-file}: case files (format {@code haven-case-file/1}) read, checked and analysed. */
@Command(
        name = "case-file",
        mixinStandardHelpOptions = true,
        description = "Case files in the format haven-case-file/1 (schema: docs/case-file.schema.json).",
        subcommands = {
            CaseFileCommand.Analyse.class,
            CaseFileCommand.Import.class,
            CaseFileCommand.Export.class,
            CaseFileCommand.Schema.class
        })
class CaseFileCommand {

    @ParentCommand
    HavenCommandLine haven;

    /** The file's text, or a refusal that says why it cannot be read. */
    static String read(Path file, CommandLine commandLine) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(commandLine, "there is no file " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CommandLine.ParameterException(commandLine, file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Prints every fault of a refused file, one per line, with its JSON path. */
    static int refused(CaseFileRefused e) {
        System.err.println("haven: the case file is refused, nothing was kept:");
        e.faults().forEach(f -> System.err.println("  " + f.path() + ": " + f.message()));
        return 1;
    }

    @Command(
            name = "analyse",
            aliases = "analyze",
            mixinStandardHelpOptions = true,
            description = "Prints what Haven concludes from a case file, without keeping it: every claim with its"
                    + " flags and the statements behind them, every source declared and measured, the"
                    + " contradictions of the defector's story. Subjects are resolved through the name trace.")
    static class Analyse implements Callable<Integer> {

        @ParentCommand
        CaseFileCommand files;

        @Parameters(paramLabel = "FILE", description = "The case file (JSON, UTF-8).")
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
            String text = read(file, spec.commandLine());
            // Haven first, so that its logging (to standard error, for commands) is set before anything logs.
            try (var context = files.haven.start(true)) {
                CaseFile caseFile;
                try {
                    caseFile = CaseFiles.read(text);
                } catch (CaseFileRefused e) {
                    return refused(e);
                }
                NameTrace trace = context.getBean(NameTrace.class);
                Analysis analysis =
                        ClaimAnalysis.of(caseFile, new TracedSubjects(trace, trace::openToEveryone, caseFile));
                org.haven.vetting.BonaFides bonaFides = org.haven.vetting.BonaFides.of(caseFile);
                if (format == Format.json) {
                    JsonMapper json = context.getBean(JsonMapper.class);
                    tools.jackson.databind.node.ObjectNode out = json.valueToTree(analysis);
                    out.set("bonaFides", json.valueToTree(bonaFides));
                    // A file read on its own is seen as of its last entry.
                    out.set(
                            "protection",
                            json.valueToTree(org.haven.protection.ProtectionAnalysis.of(
                                    caseFile,
                                    context.getBean(org.haven.protection.ProtectionAnalysis.Policy.class),
                                    null)));
                    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
                } else {
                    print(caseFile, analysis);
                    print(bonaFides);
                }
            }
            return 0;
        }

        private static void print(org.haven.vetting.BonaFides bonaFides) {
            if (bonaFides.hypotheses().isEmpty()) {
                return;
            }
            System.out.println();
            System.out.println("Competing hypotheses (PARC ACH: the least inconsistent first):");
            bonaFides
                    .hypotheses()
                    .forEach(h -> System.out.printf(
                            Locale.ROOT, "  %d. %-10s %8.4f  %s%n", h.rank(), h.ref(), h.inconsistency(), h.text()));
            if (bonaFides.premise() != null) {
                System.out.println("Premise at the start: " + bonaFides.premise() + "; the evidence now points to "
                        + String.join(" and ", bonaFides.tied()) + ".");
            }
            bonaFides.linchpins().forEach(l -> System.out.println("  linchpin " + l.item() + ": " + l.change()));
        }

        private static void print(CaseFile file, Analysis analysis) {
            System.out.println(file.title());
            System.out.println();
            for (Analysis.Claim c : analysis.claims()) {
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %-28s %s%n",
                        c.subject() + " / " + c.property(),
                        String.join(" | ", c.values()),
                        c.flags().stream()
                                .map(Enum::name)
                                .reduce((a, b) -> a + " " + b)
                                .orElse(""));
            }
            System.out.println();
            for (Analysis.SourceRecord s : analysis.sources()) {
                System.out.printf(
                        Locale.ROOT,
                        "%-20s %-15s declared %s, measured %.2f (90 %% %.2f–%.2f) from %d confirmed, %d refuted%n",
                        s.ref(),
                        s.kind(),
                        s.declared(),
                        s.measured().mean(),
                        s.measured().low(),
                        s.measured().high(),
                        s.measured().confirmed(),
                        s.measured().refuted());
            }
            if (!analysis.contradictions().isEmpty()) {
                System.out.println();
                System.out.println("Contradictions of his story, awaiting a disposition:");
                analysis.contradictions()
                        .forEach(c -> System.out.println("  " + c.claim() + ": " + String.join(", ", c.statements())));
            }
            if (!analysis.notAnalysed().isEmpty()) {
                System.out.println();
                System.out.println(
                        "Kept but not analysed by this release: " + String.join(", ", analysis.notAnalysed()));
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Imports a case file into the store, audited and labelled: to the live case --case names, or"
                    + " to a new live case opened from the file's approach. A file that does not validate is refused"
                    + " with the JSON path of every fault, and nothing is kept.")
    static class Import implements Callable<Integer> {

        @ParentCommand
        CaseFileCommand files;

        @Parameters(paramLabel = "FILE", description = "The case file (JSON, UTF-8).")
        Path file;

        @Option(names = "--case", paramLabel = "ID", description = "The live case to import it to.")
        String caseId;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String text = read(file, spec.commandLine());
            try (var context = files.haven.start(true)) {
                CaseFile caseFile = CaseFiles.read(text);
                // The console of the machine that holds the store is trusted as far as the file's own label.
                org.haven.security.Clearance console = org.haven.security.Clearance.parse(
                        caseFile.label() == null ? "SECRET&RECEPTION" : caseFile.label());
                org.haven.cases.CaseId id = context.getBean(org.haven.exploitation.CaseFileStore.class)
                        .importFile(
                                caseFile,
                                text,
                                "system:console",
                                console,
                                caseId == null ? null : new org.haven.cases.CaseId(caseId));
                System.out.println("Imported '" + caseFile.title() + "' to case " + id.value());
                return 0;
            } catch (CaseFileRefused e) {
                return refused(e);
            } catch (IllegalArgumentException | org.haven.cases.CaseNotFound e) {
                System.err.println("haven: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes a case's case file as it stands (as imported, with the entries added since) to"
                    + " standard output or --to FILE.")
    static class Export implements Callable<Integer> {

        @ParentCommand
        CaseFileCommand files;

        @Parameters(paramLabel = "CASE", description = "The case's id.")
        String caseId;

        @Option(names = "--to", paramLabel = "FILE", description = "Where to write it (default: standard output).")
        Path to;

        @Override
        public Integer call() throws IOException {
            try (var context = files.haven.start(false)) {
                var stored = context.getBean(org.haven.exploitation.CaseFileStore.class)
                        .find(new org.haven.cases.CaseId(caseId));
                if (stored.isEmpty()) {
                    System.err.println("haven: case " + caseId + " has no case file");
                    return 1;
                }
                if (to == null) {
                    System.out.print(stored.get().content());
                } else {
                    Files.writeString(to, stored.get().content(), StandardCharsets.UTF_8);
                    System.out.println("Wrote the case file of " + caseId + " to " + to.toAbsolutePath());
                }
                return 0;
            }
        }
    }

    @Command(
            name = "schema",
            mixinStandardHelpOptions = true,
            description = "Prints the JSON Schema of the case file (the one in docs/case-file.schema.json).")
    static class Schema implements Callable<Integer> {

        @Override
        public Integer call() {
            System.out.print(CaseFiles.schema());
            return 0;
        }
    }
}
