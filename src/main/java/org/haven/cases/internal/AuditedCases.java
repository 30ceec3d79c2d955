package org.haven.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.haven.cases.CaseStates;
import org.haven.cases.DefectionCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit what every case looks like now, so a case changed behind the log's back is found. */
@Component
class AuditedCases implements AuditedRecords {

    private final JdbcCases cases;

    AuditedCases(JdbcCases cases) {
        this.cases = cases;
    }

    @Override
    public String subjectType() {
        return CaseStates.CASE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (DefectionCase c : cases.findAll()) {
            states.put(c.id().value(), CaseStates.of(c));
        }
        return states;
    }
}
