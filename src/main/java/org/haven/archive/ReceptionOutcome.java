package org.haven.archive;

/** How the approach ended with the recipient (the study, sections III and IV). */
public enum ReceptionOutcome implements Labelled {
    RECEIVED("received"),
    HANDED_TO_ANOTHER_SERVICE("handed to another service"),
    LOST_BEFORE_DECISION("lost before a decision was made");

    private final String label;

    ReceptionOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
