package org.haven.refusal;

import java.util.Map;

/**
 * A request refused for a reason the caller can act on. Implemented by a module's exceptions; the web answers it
 * as an RFC 9457 problem: its {@link #httpStatus()}, {@link #title()} and {@link #type()}, the exception's message as
 * the detail, and its {@link #properties()}.
 */
public interface Refusal {

    /** The HTTP status: 404 for a record that is not there (or not there to him), 409 for a conflict, … */
    int httpStatus();

    /** A short, fixed summary of the kind of refusal: {@code Move refused}. */
    String title();

    /** The problem type, a URN: {@code urn:haven:problem:move-refused}. */
    String type();

    /** The message the caller reads: why, and what he can do. */
    String getMessage();

    /** What else the caller needs, as plain values: the case, the moves allowed, the roles that may. */
    default Map<String, Object> properties() {
        return Map.of();
    }
}
