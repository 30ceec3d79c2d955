package org.haven.cases;

import java.util.Map;

/**
 * A change made to a case: the case as it is after it, the past-tense event, and what changed.
 *
 * @param kase the case after the change, its version one higher
 * @param event the event's name, e.g. {@code DefectorAccepted}
 * @param details what changed, as plain values, for the audit record
 */
public record CaseChange(DefectionCase kase, String event, Map<String, Object> details) {

    public CaseChange {
        details = Map.copyOf(details);
    }
}
