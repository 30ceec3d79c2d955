package org.haven.archive;

/** What the Soviet authorities did to recover or discredit a defector (the study, sections V and X). */
public enum SovietReaction implements Labelled {
    KIDNAPPING("kidnapping"),
    ASSASSINATION("assassination"),
    EXTRADITION_REQUEST("criminal charges with a request for extradition"),
    DEFAMATION("defamation of character"),
    PLANTED_DOCUMENT("a planted document");

    private final String label;

    SovietReaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
