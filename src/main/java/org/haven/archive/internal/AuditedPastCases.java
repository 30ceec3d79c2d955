package org.haven.archive.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.archive.PastCase;
import org.haven.audit.AuditedRecords;
import org.haven.audit.StateShapes;
import org.haven.cases.CaseStates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the audit what every past case looks like now, in the shape the store's hashes of them are in. Past cases
 * are "case" records in the audit like live ones; the audit takes both modules' records of that kind together.
 */
@Component
class AuditedPastCases implements AuditedRecords {

    private final JdbcArchive archive;
    private final StateShapes shapes;

    AuditedPastCases(JdbcArchive archive, StateShapes shapes) {
        this.archive = archive;
        this.shapes = shapes;
    }

    @Override
    public String subjectType() {
        return CaseStates.CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        boolean first = shapes.shapeOf(PastCaseState.KIND) == 1;
        Map<String, String> states = new LinkedHashMap<>();
        for (PastCase c : archive.findAll()) {
            states.put(c.id().value(), first ? PastCaseStateV1.hash(c) : PastCaseState.hash(c));
        }
        return states;
    }
}
