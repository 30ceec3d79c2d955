package org.haven.security;

import java.util.Optional;

/** The labels of records. A label, once set, can be raised but never lowered: no write-down. */
public interface Labels {

    /** The label of a case of a past study, open to every reader. */
    Label PUBLIC_RECORD = new Label(Classification.UNCLASSIFIED, java.util.Set.of());

    Optional<Label> of(String subjectType, String subjectId);

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
