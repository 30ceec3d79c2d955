package org.haven.audit;

import org.jspecify.annotations.Nullable;

/** Walks the audit chain and the audited records and says whether they are intact. */
public interface AuditVerification {

    Result verify();

    /**
     * The outcome of a verification.
     *
     * @param intact whether every check passed
     * @param entries the number of entries walked
     * @param records the number of audited records compared with the log
     * @param failure the first failure found, naming the entry or record
     */
    record Result(
            boolean intact,
            long entries,
            long records,
            @Nullable String failure) {

        public static Result intact(long entries, long records) {
            return new Result(true, entries, records, null);
        }

        public static Result broken(long entries, long records, String failure) {
            return new Result(false, entries, records, failure);
        }
    }
}
