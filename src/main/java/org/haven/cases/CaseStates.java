package org.haven.cases;

import org.haven.audit.AuditEntry;
import org.haven.audit.CanonicalJson;
import org.haven.cases.internal.CaseState;
import org.haven.cases.internal.TaskState;

/** The canonical state of a case or task, as the audit record hashes it: versioned shapes, apart from any view. */
public final class CaseStates {

    /** The audit's name for cases. */
    public static final String CASE = "case";

    /** The audit's name for tasks. */
    public static final String TASK = "task";

    private CaseStates() {}

    public static String of(DefectionCase c) {
        return CaseState.hash(c);
    }

    /**
     * The case's version an audit entry recorded, from its details; -1 for an entry that moved no version (a read,
     * or a hash carried over to a new shape).
     */
    public static long versionOf(AuditEntry entry) {
        Object version = CanonicalJson.read(entry.details()).get("version");
        return version instanceof Number n ? n.longValue() : -1;
    }

    public static String of(CaseTask t) {
        return TaskState.hash(t);
    }
}
