package org.haven.archive.internal;

import org.haven.audit.StateShapes;
import org.haven.cases.CaseStates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the audit record's hashes of past cases over from the first shape (their view) to the current one, once:
 * a record that still matches its last entry in the old shape gets an entry with its hash in the new one; one that
 * no longer matches is left as it is, so that verification names it.
 */
@Component
class PastCaseStateUpgrade {

    private final JdbcArchive archive;
    private final StateShapes shapes;

    PastCaseStateUpgrade(JdbcArchive archive, StateShapes shapes) {
        this.archive = archive;
        this.shapes = shapes;
    }

    @Transactional
    public int run() {
        if (shapes.shapeOf(PastCaseState.KIND) != 1) {
            return 0;
        }
        return shapes.carryOver(
                        PastCaseState.KIND,
                        CaseStates.CASE,
                        1,
                        PastCaseState.VERSION,
                        "CaseStateUpgraded",
                        archive.findAll().stream()
                                .map(c -> new StateShapes.Rehash(
                                        c.id().value(), PastCaseStateV1.hash(c), PastCaseState.hash(c)))
                                .toList())
                .size();
    }
}
