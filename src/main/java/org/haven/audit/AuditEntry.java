package org.haven.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit record, as stored.
 *
 * @param sequence the entry's position in the chain, from 1, without gaps
 * @param at when it was written, to the microsecond
 * @param actor who acted
 * @param action what was done
 * @param subjectType the kind of record
 * @param subjectId the record's identifier
 * @param details what changed, as canonical JSON
 * @param subjectState the hash of the record's state after the change, if it was a change
 * @param previousHash the previous entry's hash (64 zeros for the first)
 * @param hash this entry's hash over {@code previousHash} and its canonical content
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String details,
        @Nullable String subjectState,
        String previousHash,
        String hash) {}
