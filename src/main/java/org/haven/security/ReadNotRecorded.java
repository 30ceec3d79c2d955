package org.haven.security;

import org.haven.refusal.Refusal;

/** A read of a labelled record whose audit entry could not be written: it fails closed, nothing is returned. */
public class ReadNotRecorded extends RuntimeException implements Refusal {

    public ReadNotRecorded(Throwable cause) {
        super("The read could not be written to the audit record, so nothing is shown.", cause);
    }

    @Override
    public int httpStatus() {
        return 503;
    }

    @Override
    public String title() {
        return "Read not recorded";
    }

    @Override
    public String type() {
        return "urn:haven:problem:read-not-recorded";
    }
}
