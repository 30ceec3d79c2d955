package org.haven.registry;

/** Whether a person is a defector of one of the cases, or someone else the sources name. */
public enum PersonKind {
    DEFECTOR,
    PERSON
}
