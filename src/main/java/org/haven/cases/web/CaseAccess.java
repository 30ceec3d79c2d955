package org.haven.cases.web;

import org.haven.cases.CaseId;
import org.haven.cases.CaseNotFound;
import org.haven.cases.CaseStates;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.haven.cases.PastCaseTakesNoAction;
import org.haven.security.NeedToKnow;
import org.haven.security.Officers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Need-to-know on one case, for every controller: a case the officer may not read is, to him, a case that does not
 * exist (404, like an unknown id). Every decision on a labelled case is audited by {@link NeedToKnow}.
 */
@Component
class CaseAccess {

    private final Cases cases;
    private final NeedToKnow needToKnow;

    private final PastCases past;
    private final org.haven.cases.CaseGuard guard;

    CaseAccess(Cases cases, NeedToKnow needToKnow, PastCases past, org.haven.cases.CaseGuard guard) {
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.past = past;
        this.guard = guard;
    }

    /**
     * A move, a task or any other write on a live case: the decision is recorded first ({@link #movable}); then the
     * action runs in one transaction with the case's label locked and his clearance checked against it again, so that
     * a case raised above his clearance meanwhile takes no write of his.
     */
    <T> T acting(Authentication officer, String id, java.util.function.Function<CaseId, T> action) {
        return within(officer, movable(officer, id), action);
    }

    /** The action on a case whose decision was made: one transaction, the label locked, the clearance checked. */
    <T> T within(Authentication officer, CaseId caseId, java.util.function.Function<CaseId, T> action) {
        return guard.within(officer, caseId, action);
    }

    /** The live case, read once; returned only when his roles and his clearance allow it, the decision recorded. */
    DefectionCase read(Authentication reader, CaseId id) {
        // A live case is, to those whose roles do not work live cases, not there: refused before any decision.
        if (!Officers.mayWorkLiveCases(reader)) {
            throw new CaseNotFound(id);
        }
        // The decision comes first and the case is read only when granted: a hidden case and a missing one cost the
        // same (one label looked up, one refusal recorded), so neither the answer nor its time tells them apart.
        return needToKnow
                .read(reader, CaseStates.CASE, id.value(), () -> cases.findById(id))
                .orElseThrow(() -> new CaseNotFound(id));
    }

    /**
     * The live case's id, when he may make a move or set a task on it; a record of a past study takes neither: it has
     * no lifecycle.
     */
    CaseId movable(Authentication officer, String id) {
        CaseId caseId = new CaseId(id);
        if (past.holds(caseId)) {
            throw new PastCaseTakesNoAction(caseId);
        }
        return actionable(officer, id);
    }

    /** Whether the id is a case's, live or past. */
    boolean exists(CaseId id) {
        return cases.isLive(id) || past.holds(id);
    }

    /** The case's id, when he may act on it: the decision is recorded before the action, in its own transaction. */
    CaseId actionable(Authentication officer, String id) {
        CaseId caseId = new CaseId(id);
        if (!needToKnow.mayRead(officer, CaseStates.CASE, caseId.value())) {
            throw new CaseNotFound(caseId);
        }
        return caseId;
    }
}
