package org.haven.protection;

import org.haven.security.Label;

/** A detail that must never be read by anyone without the need to know it. */
public enum ProtectedField {
    COVER_IDENTITY("cover-identity", "RESETTLEMENT"),
    CURRENT_LOCATION("current-location", "RESETTLEMENT"),
    FAMILY_WHEREABOUTS("family-whereabouts", "PROTECTION");

    private final String slug;
    private final String compartment;

    ProtectedField(String slug, String compartment) {
        this.slug = slug;
        this.compartment = compartment;
    }

    public String slug() {
        return slug;
    }

    /** The compartment every label of this field includes, and whose key encrypts it. */
    public String compartment() {
        return compartment;
    }

    public static ProtectedField ofSlug(String slug) {
        for (ProtectedField f : values()) {
            if (f.slug.equals(slug)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + slug + "' is not a protected detail: cover-identity,"
                + " current-location or family-whereabouts");
    }

    /** The record id of this detail of a case, as labels and the audit record name it. */
    public String subjectId(String caseId) {
        return caseId + "/" + slug;
    }

    /** The label a detail gets when none is given: the case's own, with this field's compartment added. */
    public Label defaultLabel(Label caseLabel) {
        java.util.Set<String> compartments = new java.util.TreeSet<>(caseLabel.compartments());
        compartments.add(compartment);
        return new Label(
                caseLabel.level().compareTo(org.haven.security.Classification.SECRET) < 0
                        ? org.haven.security.Classification.SECRET
                        : caseLabel.level(),
                compartments);
    }
}
