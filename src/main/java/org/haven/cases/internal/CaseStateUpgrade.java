package org.haven.cases.internal;

import java.util.List;
import java.util.Map;
import org.haven.audit.StateShapes;
import org.haven.cases.CaseId;
import org.haven.cases.CaseStates;
import org.haven.cases.DefectionCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the audit record's hashes of cases over from the first shape to the current one, once, at the first start
 * after the change. A case whose state still matches its last recorded hash in the old shape gets an entry with its
 * hash in the new one; a case that no longer matches is left as it is, so that verification names it.
 */
@Component
class CaseStateUpgrade {

    private final JdbcCases cases;
    private final StateShapes shapes;

    CaseStateUpgrade(JdbcCases cases, StateShapes shapes) {
        this.cases = cases;
        this.shapes = shapes;
    }

    /** Runs the upgrade if the store is still in the first shape; the number of cases carried over. */
    @Transactional
    public int run() {
        if (shapes.shapeOf(CaseStates.CASE) != 1) {
            return 0;
        }
        Map<CaseId, String> statuses = cases.storedStatuses();
        List<DefectionCase> all = cases.findAll();
        java.util.Set<String> carried = new java.util.HashSet<>(shapes.carryOver(
                CaseStates.CASE,
                CaseStates.CASE,
                1,
                CaseState.VERSION,
                "CaseStateUpgraded",
                all.stream()
                        .map(c -> new StateShapes.Rehash(
                                c.id().value(), CaseStateV1.hash(c, statuses.get(c.id())), CaseState.hash(c)))
                        .toList()));
        // The headline is derived from the tracks now; the row holds it for lists and filters.
        all.stream().filter(c -> carried.contains(c.id().value())).forEach(cases::storeStatus);
        return carried.size();
    }
}
