package org.haven.audit;

import java.util.List;
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
}
