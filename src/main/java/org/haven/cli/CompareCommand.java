package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.haven.registry.Comparison;
import org.haven.registry.NameTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code haven compare --pairs FILE}: pairs of names scored on their own, with no registry. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Scores pairs of names, one pair per line as name_a<TAB>name_b, with no registry."
                + "%nPrints name_a<TAB>name_b<TAB>score<TAB>match per pair.")
class CompareCommand implements Callable<Integer> {

    @Option(names = "--pairs", required = true, paramLabel = "FILE", description = "The pairs, UTF-8, tab-separated.")
    Path pairs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Pair(String a, String b) {}

    @Override
    public Integer call() {
        List<String> lines;
        try {
            lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --pairs " + pairs + ": " + e);
        }
        // The whole file is checked first, so a malformed line is reported before anything is printed.
        List<Pair> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == lines.size() - 1 && line.isEmpty()) {
                break;
            }
            String[] parts = line.split("\t", -1);
            String fault = parts.length != 2
                    ? "expected two names separated by one tab, found " + (parts.length - 1) + " tabs"
                    : parts[0].isBlank() || parts[1].isBlank() ? "a name is empty" : null;
            if (fault == null && (noLetter(parts[0]) || noLetter(parts[1]))) {
                fault = "a name has no letter";
            }
            if (fault != null) {
                System.err.println(pairs + ":" + (i + 1) + ": " + fault);
                return 1;
            }
            parsed.add(new Pair(parts[0], parts[1]));
        }
        StringBuilder out = new StringBuilder();
        for (Pair p : parsed) {
            Comparison c = NameTrace.compare(p.a(), p.b());
            out.append(p.a())
                    .append('\t')
                    .append(p.b())
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", c.score()))
                    .append('\t')
                    .append(c.match())
                    .append('\n');
        }
        System.out.print(out);
        System.out.flush();
        return 0;
    }

    private static boolean noLetter(String s) {
        return s.codePoints().noneMatch(Character::isLetter);
    }
}
