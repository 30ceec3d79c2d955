package org.haven.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.haven.audit.StateShapes;
import org.haven.cases.CaseId;
import org.haven.cases.CaseStates;
import org.haven.cases.DefectionCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the audit what every case looks like now, so a case changed behind the log's back is found: in the shape the
 * store's hashes are in, so that a store not yet carried over to the current shape verifies too.
 */
@Component
class AuditedCases implements AuditedRecords {

    private final JdbcCases cases;
    private final StateShapes shapes;

    AuditedCases(JdbcCases cases, StateShapes shapes) {
        this.cases = cases;
        this.shapes = shapes;
    }

    @Override
    public String subjectType() {
        return CaseStates.CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        boolean first = shapes.shapeOf(CaseStates.CASE) == 1;
        Map<CaseId, String> statuses = first ? cases.storedStatuses() : Map.of();
        Map<String, String> states = new LinkedHashMap<>();
        for (DefectionCase c : cases.findAll()) {
            states.put(c.id().value(), first ? CaseStateV1.hash(c, statuses.get(c.id())) : CaseState.hash(c));
        }
        return states;
    }
}
