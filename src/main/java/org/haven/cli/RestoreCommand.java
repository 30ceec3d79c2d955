package org.haven.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.haven.store.Backup;
import org.haven.store.BackupRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code haven restore --from FILE}: a backup into an empty store, checked before it commits. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restores a backup into an empty store (a new --data-dir, or an empty PostgreSQL database)."
                + "%nThe file's digest and structure are checked first, then its tag under the backup key (the"
                + " backup.key of the Haven that wrote it, or haven.store.backup-key); the row counts and the audit"
                + " chain before the restore commits. A damaged or forged file is refused and nothing is changed.")
class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HavenCommandLine haven;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file to restore.")
    Path file;

    @Option(
            names = "--unauthenticated",
            description = "Also restore a backup written before backups were authenticated (format version 1),"
                    + " which carries a digest but no tag: nothing shows it was not altered.")
    boolean unauthenticated;

    @Override
    public Integer call() {
        try {
            // A damaged file is refused before the store is opened, so not even the schema is created for it.
            Backup.check(file);
        } catch (BackupRefused e) {
            System.err.println("haven: " + e.getMessage());
            return 1;
        }
        try (var context = haven.start(true, Map.of("haven.store.restoring", true))) {
            Backup.Summary summary = context.getBean(Backup.class).restore(file, unauthenticated);
            System.out.printf(
                    "Restored %d rows of %d tables from %s; the audit record verifies: %d entries%n",
                    summary.totalRows(), summary.rows().size(), file.toAbsolutePath(), summary.auditEntries());
            return 0;
        } catch (BackupRefused e) {
            System.err.println("haven: " + e.getMessage());
            return 1;
        }
    }
}
