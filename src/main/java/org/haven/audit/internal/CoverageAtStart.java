package org.haven.audit.internal;

import org.haven.audit.AuditCoverage;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Takes the audit record's coverage steps before Haven takes its first request. */
@Component
class CoverageAtStart implements SmartInitializingSingleton {

    private final AuditCoverage coverage;
    private final boolean restoring;

    CoverageAtStart(AuditCoverage coverage, @Value("${haven.store.restoring:false}") boolean restoring) {
        this.coverage = coverage;
        this.restoring = restoring;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A restore fills the store from its backup; a backup from before a step has it taken at the next start.
        if (!restoring) {
            coverage.extend();
        }
    }
}
