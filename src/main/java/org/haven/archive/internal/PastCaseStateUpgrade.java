package org.haven.archive.internal;

import java.util.Map;
import java.util.Objects;
import org.haven.archive.PastCase;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.StateShapes;
import org.haven.cases.CaseStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the audit record's hashes of past cases over from the first shape (their view) to the current one, once:
 * a record that still matches its last entry in the old shape gets an entry with its hash in the new one; one that
 * no longer matches is left as it is, so that verification names it.
 */
@Component
class PastCaseStateUpgrade {

    private static final Logger log = LoggerFactory.getLogger(PastCaseStateUpgrade.class);

    private final JdbcArchive archive;
    private final AuditLog audit;
    private final StateShapes shapes;

    PastCaseStateUpgrade(JdbcArchive archive, AuditLog audit, StateShapes shapes) {
        this.archive = archive;
        this.audit = audit;
        this.shapes = shapes;
    }

    @Transactional
    public int run() {
        if (shapes.shapeOf(PastCaseState.KIND) != 1) {
            return 0;
        }
        int carried = 0;
        for (PastCase c : archive.findAll()) {
            String old = PastCaseStateV1.hash(c);
            String recorded = audit.entriesFor(CaseStates.CASE, c.id().value()).stream()
                    .map(AuditEntry::subjectState)
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (!old.equals(recorded)) {
                log.error("Past case {} no longer matches its last audit entry; its hash is not carried over", c.id());
                continue;
            }
            audit.append(new AuditRecord(
                    "system:upgrade",
                    "CaseStateUpgraded",
                    CaseStates.CASE,
                    c.id().value(),
                    Map.of("fromShape", 1, "toShape", PastCaseState.VERSION, "previousState", old),
                    PastCaseState.hash(c)));
            carried++;
        }
        shapes.moveOn(PastCaseState.KIND, PastCaseState.VERSION);
        if (carried > 0) {
            log.info(
                    "Carried the audit record's hashes of {} past cases over to shape {}",
                    carried,
                    PastCaseState.VERSION);
        }
        return carried;
    }
}
