package org.haven.cli;

import java.util.concurrent.Callable;
import org.haven.study.Figure;
import org.haven.study.Study;
import org.haven.study.StudyManagement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code haven study}: the study's figures, computed from the records. */
@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = "Prints the study's figures, computed from the case records.")
class StudyCommand implements Callable<Integer> {

    @ParentCommand
    HavenCommandLine haven;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() {
        try (var context = haven.start()) {
            Study study = context.getBean(StudyManagement.class).study();
            if (format == Format.json) {
                System.out.println(context.getBean(JsonMapper.class)
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(study));
            } else {
                print(study);
            }
        }
        return 0;
    }

    private static void print(Study study) {
        System.out.printf("%s%n%d cases, %d defectors%n%n", study.title(), study.cases(), study.defectors());
        for (Figure f : study.figures()) {
            String paper = f.paper() == null ? "" : "  paper: " + f.paper().value() + " (" + f.agreement() + ")";
            System.out.printf("%-55s %3d of %d%s%n", f.label(), f.value(), f.of(), paper);
            if (f.breakdown().isEmpty() && !f.members().isEmpty() && f.members().size() < f.of()) {
                System.out.printf("    %s%n", String.join(", ", f.members()));
            }
            f.breakdown()
                    .forEach(g -> System.out.printf(
                            "    %-40s %3d%s%n",
                            g.label(), g.count(), g.paper() == null ? "" : "  paper: " + g.paper()));
        }
        System.out.printf("%nWhere the paper is not consistent with itself:%n");
        study.discrepancies().forEach(d -> System.out.printf("  - %s%n", d.title()));
    }
}
