package org.haven.security;

import java.util.Optional;

/** The labels of records. A label, once set, can be raised but never lowered: no write-down. */
public interface Labels {

    /** The label of a case of a past study, open to every reader. */
    Label PUBLIC_RECORD = new Label(Classification.UNCLASSIFIED, java.util.Set.of());

    /** The audit record's kind for labels: every assignment and raise is an entry about the label itself. */
    String SUBJECT = "label";

    /** A label's name in the audit record: the labelled record's kind and identifier, {@code case/C-…}. */
    static String auditId(String subjectType, String subjectId) {
        return subjectType + "/" + subjectId;
    }

    Optional<Label> of(String subjectType, String subjectId);

    /** Of {@code subjectIds}, those that have a label: the records that exist. No decision is made or recorded. */
    java.util.Set<String> labelled(String subjectType, java.util.Collection<String> subjectIds);

    /** Every label any record carries now. */
    java.util.Set<Label> inUse();

    /** A record's label and the version of it, for a relabelling that must not overwrite another. */
    record Current(Label label, long version) {}

    Optional<Current> current(String subjectType, String subjectId);

    /**
     * Labels a new record, in the caller's transaction.
     *
     * @throws IllegalStateException when it has a label already
     */
    void assign(String subjectType, String subjectId, Label label, String actor);

    /**
     * Relabels a record. The new label must dominate the old one (same or higher level, every old compartment
     * kept), and the officer's clearance must dominate the new one: writing down is refused.
     *
     * @throws IllegalArgumentException naming the fault
     * @throws ConcurrentLabelChange when the label changed since the given version
     */
    void relabel(String subjectType, String subjectId, Label label, Clearance officer, String actor, long version);
}
