package org.haven.cases.internal;

import java.util.List;
import java.util.Map;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.StateShapes;
import org.haven.cases.CaseId;
import org.haven.cases.CaseStates;
import org.haven.cases.DefectionCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the audit record's hashes of cases over from the first shape to the current one, once, at the first start
 * after the change. A case whose state still matches its last recorded hash in the old shape gets an entry with its
 * hash in the new one; a case that no longer matches is left as it is, so that verification names it.
 */
@Component
class CaseStateUpgrade {

    static final String ACTOR = "system:upgrade";

    private static final Logger log = LoggerFactory.getLogger(CaseStateUpgrade.class);

    private final JdbcCases cases;
    private final AuditLog audit;
    private final StateShapes shapes;

    CaseStateUpgrade(JdbcCases cases, AuditLog audit, StateShapes shapes) {
        this.cases = cases;
        this.audit = audit;
        this.shapes = shapes;
    }

    /** Runs the upgrade if the store is still in the first shape; the number of cases carried over. */
    @Transactional
    public int run() {
        if (shapes.shapeOf(CaseStates.CASE) != 1) {
            return 0;
        }
        Map<CaseId, String> statuses = cases.storedStatuses();
        int carried = 0;
        for (DefectionCase c : cases.findAll()) {
            String old = CaseStateV1.hash(c, statuses.get(c.id()));
            List<AuditEntry> trail = audit.entriesFor(CaseStates.CASE, c.id().value());
            String recorded = trail.stream()
                    .map(AuditEntry::subjectState)
                    .filter(java.util.Objects::nonNull)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (!old.equals(recorded)) {
                log.error("Case {} no longer matches its last audit entry; its hash is not carried over", c.id());
                continue;
            }
            audit.append(new AuditRecord(
                    ACTOR,
                    "CaseStateUpgraded",
                    CaseStates.CASE,
                    c.id().value(),
                    Map.of("fromShape", 1, "toShape", CaseState.VERSION, "previousState", old),
                    CaseState.hash(c)));
            // The headline is derived from the tracks now; the row holds it for lists and filters.
            cases.storeStatus(c);
            carried++;
        }
        shapes.moveOn(CaseStates.CASE, CaseState.VERSION);
        if (carried > 0) {
            log.info("Carried the audit record's hashes of {} cases over to shape {}", carried, CaseState.VERSION);
        }
        return carried;
    }
}
