package org.haven.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.haven.cases.CaseStates;
import org.haven.cases.CaseTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit what every task looks like now. */
@Component
class AuditedTasks implements AuditedRecords {

    private final JdbcTasks tasks;

    AuditedTasks(JdbcTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String subjectType() {
        return CaseStates.TASK;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (CaseTask t : tasks.all()) {
            states.put(t.id(), CaseStates.of(t));
        }
        return states;
    }
}
