package org.haven.security;

/** A read of a labelled record whose audit entry could not be written: it fails closed, nothing is returned. */
public class ReadNotRecorded extends RuntimeException {

    public ReadNotRecorded(Throwable cause) {
        super("The read could not be written to the audit record, so nothing is shown.", cause);
    }
}
