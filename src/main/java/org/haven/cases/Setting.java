package org.haven.cases;

/** Where an approach is received, which sets how long the decision may take (the study, section IV). */
public enum Setting {
    /** In the field, where facilities for reception and evacuation are usually at hand. */
    FIELD,
    /** At a mission abroad, which rarely has the machinery for immediate acceptance (VOLKOV at Istanbul). */
    MISSION_ABROAD
}
