package org.haven.cases;

/** A case's identifier: lower-case letters, digits and hyphens, e.g. {@code takacs-denisov}. */
public record CaseId(String value) {

    public CaseId {
        Slugs.require("case", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
