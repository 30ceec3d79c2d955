package org.haven.cases;

/**
 * Where a case stands, in one word: the headline that lists and filters show, derived from its tracks (see {@link
 * Lifecycle#status()}). The tracks themselves say where each line of work stands.
 */
public enum CaseStatus {
    /** He has approached; the decision clock runs. */
    APPROACHED,
    ACCEPTED,
    DECLINED,
    /** Lost before a decision was made: recalled, removed or gone (VOLKOV). */
    LOST,
    IN_PROTECTIVE_CUSTODY,
    EVACUATED,
    UNDER_VETTING,
    IN_EXPLOITATION,
    /** Vetting has ended: he is no longer treated as a suspect. */
    VETTING_CONCLUDED,
    RESETTLED,
    CLOSED,
    REOPENED;

    /** Whether a decision on the approach is still awaited. */
    public boolean awaitsDecision() {
        return this == APPROACHED;
    }
}
