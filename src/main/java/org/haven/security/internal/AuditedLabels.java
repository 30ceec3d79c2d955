package org.haven.security.internal;

import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.haven.security.Labels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit what every label is now, so that a label lowered in the store is found. */
@Component
class AuditedLabels implements AuditedRecords {

    private final JdbcLabels labels;

    AuditedLabels(JdbcLabels labels) {
        this.labels = labels;
    }

    @Override
    public String subjectType() {
        return Labels.SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        return labels.states();
    }

    @Override
    public String coverage() {
        return org.haven.audit.AuditCoverage.SECURITY_RECORDS;
    }
}
