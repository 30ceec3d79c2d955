package org.haven.audit;

import java.util.Map;

/**
 * Implemented by a module that keeps audited records, so the audit can compare each record as it stands with
 * the state the log last recorded for it.
 */
public interface AuditedRecords {

    /** The kind of record, as written in {@link AuditRecord#subjectType()}. */
    String subjectType();

    /** Every record of this kind, by identifier, with the hash of its canonical state now. */
    Map<String, String> currentStates();
}
