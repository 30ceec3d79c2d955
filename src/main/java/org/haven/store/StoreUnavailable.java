package org.haven.store;

/** The store cannot be opened: its message says which store and why, in one line. */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message) {
        super(message);
    }
}
