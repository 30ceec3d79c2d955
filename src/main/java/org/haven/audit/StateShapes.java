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
}
