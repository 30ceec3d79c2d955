package org.haven.audit;

/**
 * Brings kinds of record whose states the log did not record before (see {@link AuditedRecords#coverage()}) under
 * its comparison, once per store: every record of such a kind gets a {@code RecordBaselined} entry with its state as
 * it stands, then the step is written to the chain as an {@code AuditCoverageExtended} entry, so that it can never be
 * taken again, nor undone, without breaking the chain.
 */
public interface AuditCoverage {

    /** The action of the entry that marks a step as taken; its subject is {@code audit}, the step. */
    String EXTENDED = "AuditCoverageExtended";

    /**
     * The step that brought accounts, labels, protected details and keysets under the comparison: the kinds that
     * decide who reads what, and with which keys.
     */
    String SECURITY_RECORDS = "accounts-labels-protected-details-keysets";

    /** Takes every step not taken yet, in one transaction; the number of records baselined. */
    int extend();
}
