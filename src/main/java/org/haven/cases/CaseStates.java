package org.haven.cases;

import org.haven.audit.CanonicalJson;

/** The canonical state of a case or task, as the audit record hashes it. */
public final class CaseStates {

    /** The audit's name for cases. */
    public static final String CASE = "case";

    /** The audit's name for tasks. */
    public static final String TASK = "task";

    private CaseStates() {}

    public static String of(DefectionCase c) {
        return CanonicalJson.hash(CaseView.of(c));
    }

    public static String of(CaseTask t) {
        return CanonicalJson.hash(t);
    }
}
