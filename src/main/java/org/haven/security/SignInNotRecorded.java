package org.haven.security;

import org.haven.refusal.Refusal;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A sign-in the store could not take: the account could not be read, or the attempt could not be written to the
 * audit record (a full disk, a store gone). Answered 503, never as a wrong password, and nothing is signed in.
 */
public class SignInNotRecorded extends InternalAuthenticationServiceException implements Refusal {

    public SignInNotRecorded(Throwable cause) {
        super(
                "Signing in is not possible now: the store cannot read the account or record the attempt. Try again"
                        + " later; if it persists, the store needs attention (is its disk full?).",
                cause);
    }

    @Override
    public int httpStatus() {
        return 503;
    }

    @Override
    public String title() {
        return "Sign-in unavailable";
    }

    @Override
    public String type() {
        return "urn:haven:problem:sign-in-unavailable";
    }
}
