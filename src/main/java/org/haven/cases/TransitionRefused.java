package org.haven.cases;

import java.util.List;

/** A move the case's rules do not allow now, with the reason and the moves that are allowed. */
public class TransitionRefused extends RuntimeException {

    private final CaseId caseId;
    private final CaseStatus status;
    private final List<Transition> allowed;

    public TransitionRefused(CaseId caseId, CaseStatus status, String reason) {
        super(reason);
        this.caseId = caseId;
        this.status = status;
        this.allowed = Transition.from(status);
    }

    public CaseId caseId() {
        return caseId;
    }

    public CaseStatus status() {
        return status;
    }

    /** The moves allowed from the case's current status. */
    public List<Transition> allowed() {
        return allowed;
    }
}
