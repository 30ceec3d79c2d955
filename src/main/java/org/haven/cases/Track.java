package org.haven.cases;

/**
 * The lines of work that run side by side once a defector is accepted, each with its own states, moves and
 * officers, and each owned by the module that grows it.
 */
public enum Track {
    /** The approach and the decision on it: accepted, declined, or lost before a decision. */
    RECEPTION("reception", "cases"),
    /** Protective custody and evacuation. */
    CUSTODY("custody and protection", "protection"),
    /** Bona fides: is he genuine? Ends explicitly, after which he is no longer treated as a suspect. */
    VETTING("vetting", "vetting"),
    /** Debriefing and the information he gives. */
    EXPLOITATION("exploitation", "exploitation"),
    /** His days, his health, his family's worries. */
    WELFARE("welfare", "protection"),
    /** A new name, a home and a livelihood. */
    RESETTLEMENT("resettlement", "protection");

    private final String words;
    private final String module;

    Track(String words, String module) {
        this.words = words;
        this.module = module;
    }

    /** The track in the study's words: {@code custody and protection}. */
    public String words() {
        return words;
    }

    /** The module that owns the track's work: {@code vetting}. */
    public String module() {
        return module;
    }
}
