package org.haven.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.haven.cases.CaseView;
import org.haven.cases.Cases;
import org.haven.cases.PastCaseViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code haven cases}: the case register. */
@Command(name = "cases", mixinStandardHelpOptions = true, description = "Lists the cases of the register.")
class CasesCommand implements Callable<Integer> {

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
            // The records of past studies, then the live cases: the console of the store's machine sees them all.
            List<CaseView> cases = new java.util.ArrayList<>(
                    context.getBean(PastCaseViews.class).views());
            context.getBean(Cases.class).findAll().stream().map(CaseView::of).forEach(cases::add);
            if (format == Format.json) {
                System.out.println(context.getBean(JsonMapper.class)
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(cases));
            } else {
                cases.forEach(c -> System.out.printf(
                        "%-22s %-8s %s%n", c.id(), c.defected() == null ? "unknown" : c.defected(), c.name()));
            }
        }
        return 0;
    }
}
