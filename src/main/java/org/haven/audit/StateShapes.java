package org.haven.audit;

/**
 * The shape in which the audit record last hashed each kind of record. When a module changes the shape of a kind's
 * state, it carries the hashes already recorded over to the new shape and moves the kind's shape on; until then, it
 * hashes records in the shape the store is at, so that verification holds across the change.
 */
public interface StateShapes {

    /** The shape the audit record's hashes of this kind are in; 1 for a kind never moved on. */
    int shapeOf(String subjectType);

    /** Records, in the caller's transaction, that this kind is now hashed in the given shape. */
    void moveOn(String subjectType, int shape);

    /**
     * One record's hash in the shape the store is in, and in the shape it moves to.
     *
     * @param subjectId the record's identifier
     * @param before its hash now, in the old shape
     * @param after its hash in the new shape
     */
    record Rehash(String subjectId, String before, String after) {}

    /**
     * Carries a kind's recorded hashes over to a new shape, once, in the caller's transaction: a record whose hash
     * in the old shape is still the one its last entry recorded gets a {@code CaseStateUpgraded}-style entry
     * ({@code action}) with its hash in the new one; one that no longer matches is left as it is, so that
     * verification names it. Then the kind moves on.
     *
     * @param kind the name the kind's shape is kept under
     * @param subjectType the records' subject type in the audit record
     * @param from the shape the store is in
     * @param to the shape it moves to
     * @param action the audit action of the entries written
     * @param records every record of the kind
     * @return the identifiers of the records carried over
     */
    java.util.List<String> carryOver(
            String kind, String subjectType, int from, int to, String action, java.util.List<Rehash> records);
}
