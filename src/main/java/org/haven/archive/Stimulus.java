package org.haven.archive;

/** The immediate outside stimulus that pushed a defector over the brink (the study, sections II and X). */
public enum Stimulus implements Labelled {
    RECALL("recall to the USSR"),
    FEAR("fear"),
    LOVE("love"),
    WESTERN_WAY_OF_LIFE("a desire for the western way of life");

    private final String label;

    Stimulus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
