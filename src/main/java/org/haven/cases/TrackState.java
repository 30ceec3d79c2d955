package org.haven.cases;

import java.util.Locale;

/** Where one track of a case stands. A track that has not begun has no state. */
public enum TrackState {
    /** He has approached; the decision clock runs. */
    APPROACHED(Track.RECEPTION),
    ACCEPTED(Track.RECEPTION),
    DECLINED(Track.RECEPTION),
    /** Lost before a decision was made: recalled, removed or gone (VOLKOV). */
    LOST(Track.RECEPTION),
    IN_PROTECTIVE_CUSTODY(Track.CUSTODY),
    EVACUATED(Track.CUSTODY),
    RELEASED_FROM_CUSTODY(Track.CUSTODY),
    UNDER_VETTING(Track.VETTING),
    /** Vetting has ended: he is no longer treated as a suspect. */
    VETTING_CONCLUDED(Track.VETTING),
    IN_EXPLOITATION(Track.EXPLOITATION),
    EXPLOITATION_ENDED(Track.EXPLOITATION),
    RESETTLED(Track.RESETTLEMENT);

    private final Track track;

    TrackState(Track track) {
        this.track = track;
    }

    public Track track() {
        return track;
    }

    /** The state in words: {@code under vetting}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
