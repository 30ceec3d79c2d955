package org.haven.evidence;

/** How firmly the cited passages support a fact. */
public enum Certainty {
    /** The passage says it. */
    STATED,
    /** The passage says it with a qualifier such as "probably". */
    PROBABLE,
    /** The passage implies it without saying it; the fact's note says how. */
    INFERRED
}
