package org.haven.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The auditor's questions: who saw or did what, when, and who was refused. */
public interface AuditQueries {

    /** The newest entries first, at most {@code limit}, matching every criterion given (null: any). */
    List<AuditEntry> find(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subjectType,
            @Nullable String subjectId,
            int limit);

    /**
     * What the auditor looks for. Every text criterion ignores case; an action may be written as the record writes
     * it ({@code AccessDenied}) or in words ({@code access denied}).
     *
     * @param actor part of who acted
     * @param actions any of these actions (empty: any)
     * @param subjectType the kind of record
     * @param subjectId part of the record's id
     * @param text part of the entry's details
     * @param from at or after
     * @param to before
     * @param before only entries older than this sequence number: the next page
     */
    record Filter(
            @Nullable String actor,
            Set<String> actions,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String text,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Long before) {

        public Filter {
            actions = Set.copyOf(actions);
        }
    }

    /** The newest entries first that match the filter, at most {@code limit} (1 to 10,000). */
    List<AuditEntry> find(Filter filter, int limit);
}
