package org.haven.store;

import java.nio.file.Path;
import java.util.Map;
import org.haven.store.internal.BackupFile;

/**
 * A consistent, portable export of everything in the store (cases, registry, tasks, the audit record), and its
 * restore into an empty store of either kind. Every file carries a tag under the backup key (never in the file), so
 * a file altered and given a new digest is refused.
 */
public interface Backup {

    /** Writes every table, read in one snapshot, to {@code file} (written beside it first, then moved into place). */
    Summary write(Path file);

    /**
     * Restores {@code file} into this store, which must be empty. The file's digest and structure are checked before
     * anything is written; the counts and the audit chain are checked before the restore commits. Any fault refuses
     * the file and changes nothing.
     *
     * @throws BackupRefused naming the fault
     */
    default Summary restore(Path file) {
        return restore(file, false);
    }

    /**
     * Restores {@code file} as {@link #restore(Path)} does, but also a file of the format from before backups were
     * authenticated (which carries a digest but no tag) when {@code unauthenticated} is set: nothing then shows that
     * the file was not altered and given a new digest, so the operator's word is taken for it.
     */
    Summary restore(Path file, boolean unauthenticated);

    /**
     * Reads and checks a backup file without a store: its format, structure, row counts and digest.
     *
     * @throws BackupRefused naming the fault
     */
    static Summary check(Path file) {
        return BackupFile.check(file).summary();
    }

    /**
     * What a backup holds.
     *
     * @param rows the number of rows of each table
     * @param auditEntries the number of entries in the audit record
     * @param schemaVersion the schema version the rows belong to
     * @param sha256 the digest of the file's content
     */
    record Summary(Map<String, Long> rows, long auditEntries, String schemaVersion, String sha256) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
