package org.haven.cases.internal;

import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a refused move in a transaction of its own, so that the refusal outlives the request it failed. */
@Component
public class Refusals {

    private final AuditLog audit;

    Refusals(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditRecord refusal) {
        audit.append(refusal);
    }
}
