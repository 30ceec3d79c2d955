package org.haven.store;

import java.util.function.Supplier;

/**
 * Reads that must see the store as of one moment: a record read by several statements is read whole, never half
 * before and half after another transaction's commit.
 */
public interface Snapshots {

    /**
     * Runs the reads in one read-only transaction at the isolation that gives this store a snapshot (repeatable
     * read on PostgreSQL, serializable on H2), or in the caller's transaction if there is one already.
     */
    <T> T read(Supplier<T> reads);
}
