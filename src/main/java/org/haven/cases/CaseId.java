package org.haven.cases;

/**
 * A case's identifier: lower-case letters, digits and hyphens. The study's records keep the readable ids they were
 * given ({@code takacs-denisov}); a new case gets a random one that says nothing ({@code k3x9-7mqa-2fzp-vt8n}).
 */
public record CaseId(String value) {

    public CaseId {
        Slugs.require("case", value);
    }

    /** A new, random id that reveals neither a name nor how many cases there are. */
    public static CaseId random() {
        return new CaseId(RandomIds.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
