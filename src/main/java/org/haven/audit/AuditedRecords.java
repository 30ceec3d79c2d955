package org.haven.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by a module that keeps audited records, so the audit can compare each record as it stands with
 * the state the log last recorded for it.
 */
public interface AuditedRecords {

    /** The kind of record, as written in {@link AuditRecord#subjectType()}. */
    String subjectType();

    /** Every record of this kind, by identifier, with the hash of its canonical state now. */
    Map<String, String> currentStates();

    /**
     * The step that brought this kind under the log's comparison, for a kind a store may hold from before the log
     * recorded its states; {@code null} for a kind compared from the start. Until the step is taken in a store (see
     * {@link AuditCoverage}) its records are not compared; once taken, the step is an entry of the chain itself.
     */
    default @Nullable String coverage() {
        return null;
    }
}
