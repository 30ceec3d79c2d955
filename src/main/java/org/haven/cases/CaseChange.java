package org.haven.cases;

import java.util.Objects;

/**
 * A change made to a case: the case as it is after it, and the event that records what happened.
 *
 * @param kase the case after the change, its version one higher
 * @param event what happened
 */
public record CaseChange(DefectionCase kase, CaseEvent event) {

    public CaseChange {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(event, "event");
    }

    /** Whether the change only proposed a move that now awaits a second officer. */
    public boolean awaitsApproval() {
        return event instanceof CaseEvent.TransitionProposed;
    }
}
