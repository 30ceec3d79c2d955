package org.haven.security.internal;

import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit what every account looks like now: its roles, clearance, password hash and version. */
@Component
class AuditedAccounts implements AuditedRecords {

    private final JdbcAccounts accounts;

    AuditedAccounts(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String subjectType() {
        return JdbcAccounts.SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        return accounts.states();
    }

    @Override
    public String coverage() {
        return org.haven.audit.AuditCoverage.SECURITY_RECORDS;
    }
}
