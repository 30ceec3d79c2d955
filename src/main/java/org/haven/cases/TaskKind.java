package org.haven.cases;

/** The study's practical steps after a defection. */
public enum TaskKind {
    EVACUATE,
    CHECK_STORY,
    PROTECT_FAMILY,
    HOUSE,
    KEEP_BUSY,
    OTHER
}
