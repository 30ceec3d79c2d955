package org.haven.cli;

import java.util.concurrent.Callable;
import org.haven.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code haven audit verify}: walks the audit chain and compares every audited record with it. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit record.",
        subcommands = {AuditCommand.Verify.class})
class AuditCommand {

    @ParentCommand
    HavenCommandLine haven;

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Walks the hash chain and compares every audited record with its last entry."
                    + "%nExits 0 when intact; otherwise 1, naming the first entry or record that fails.")
    static class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            try (var context = audit.haven.start()) {
                AuditVerification.Result result =
                        context.getBean(AuditVerification.class).verify();
                if (result.intact()) {
                    System.out.printf(
                            "The audit record is intact: %d entries, %d audited records match their last entry.%n",
                            result.entries(), result.records());
                    return 0;
                }
                System.err.println("The audit record is broken: " + result.failure());
                return 1;
            }
        }
    }
}
