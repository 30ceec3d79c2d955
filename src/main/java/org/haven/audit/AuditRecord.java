package org.haven.audit;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is to be written to the audit record: who did what to which record, and the record's state after it.
 *
 * @param actor who acted: an officer, or {@code system:…} for Haven itself
 * @param action what was done, a past-tense event name such as {@code DefectorAccepted}
 * @param subjectType the kind of record, e.g. {@code case}
 * @param subjectId the record's identifier
 * @param details what changed, as a map of plain values (strings, numbers, booleans, lists, maps)
 * @param subjectState the hash of the record's canonical state after the change; {@code null} for a read
 */
public record AuditRecord(
        String actor,
        String action,
        String subjectType,
        String subjectId,
        Map<String, ?> details,
        @Nullable String subjectState) {

    public AuditRecord {
        Objects.requireNonNull(details, "details");
        for (String field : new String[] {actor, action, subjectType, subjectId}) {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("an audit record needs an actor, an action and a subject");
            }
        }
    }
}
