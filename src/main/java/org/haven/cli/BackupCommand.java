package org.haven.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.haven.store.Backup;
import org.haven.store.BackupRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code haven backup --to FILE}: everything in the store, read in one snapshot, into one portable file. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Writes everything in the store (cases, registry, tasks, the audit record) to FILE, read in"
                + " one snapshot; it can run beside a running Haven."
                + "%nThe file is JSON lines with a SHA-256 digest at its end (the README describes the format).")
class BackupCommand implements Callable<Integer> {

    @ParentCommand
    HavenCommandLine haven;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path file;

    @Override
    public Integer call() {
        try (var context = haven.start()) {
            Backup.Summary summary = context.getBean(Backup.class).write(file);
            System.out.printf(
                    "Backed up %d rows of %d tables, %d audit entries (schema version %s) to %s%nsha256 %s%n",
                    summary.totalRows(),
                    summary.rows().size(),
                    summary.auditEntries(),
                    summary.schemaVersion(),
                    file.toAbsolutePath(),
                    summary.sha256());
            return 0;
        } catch (BackupRefused e) {
            System.err.println("haven: " + e.getMessage());
            return 1;
        }
    }
}
