package org.haven.archive;

/** A value of a closed vocabulary with a label in the study's words. */
public interface Labelled {

    String label();
}
