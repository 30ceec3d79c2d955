package org.haven.cases.internal;

import java.time.Instant;
import org.haven.audit.CanonicalJson;
import org.haven.cases.CaseId;
import org.haven.cases.CaseTask;
import org.haven.cases.TaskKind;
import org.jspecify.annotations.Nullable;

/**
 * A task's state as the audit record hashes it, in its first shape (which predates the shape's version among the
 * hashed values: the version is {@link #VERSION}, and {@code StateShapeTests} holds the shape to it).
 */
public record TaskState(
        String id,
        CaseId caseId,
        TaskKind kind,
        String title,
        String owner,
        Instant due,
        Instant createdAt,
        @Nullable Instant completedAt,
        @Nullable String completedBy,
        long version) {

    /** The version of the shape. */
    public static final int VERSION = 1;

    public static String hash(CaseTask t) {
        return CanonicalJson.hash(new TaskState(
                t.id(),
                t.caseId(),
                t.kind(),
                t.title(),
                t.owner(),
                t.due(),
                t.createdAt(),
                t.completedAt(),
                t.completedBy(),
                t.version()));
    }
}
