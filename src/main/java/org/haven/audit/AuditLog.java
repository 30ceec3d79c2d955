package org.haven.audit;

import java.util.List;

/** The audit record: append within the transaction of the change, read back in order. */
public interface AuditLog {

    /**
     * Appends an entry in the caller's transaction, so that the entry and the change commit or roll back together.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    AuditEntry append(AuditRecord record);

    /** The entries about one record, oldest first. */
    List<AuditEntry> entriesFor(String subjectType, String subjectId);

    /** The newest entries, newest first. */
    List<AuditEntry> latest(int limit);

    long count();
}
