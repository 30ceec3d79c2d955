package org.haven.archive;

/** A deep-seated, often long-standing reason for defecting (the study, section II). */
public enum LongTermReason implements Labelled {
    IDEOLOGICAL_DISILLUSION("ideological disillusion with the Stalinist regime"),
    CONTRAST_WITH_THE_WEST("the contrast between life at home and life abroad"),
    RELIGION("religious convictions");

    private final String label;

    LongTermReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
