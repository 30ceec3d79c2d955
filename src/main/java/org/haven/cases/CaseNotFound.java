package org.haven.cases;

/** Thrown when a case is asked for by an id the register does not hold. */
public class CaseNotFound extends RuntimeException {

    private final CaseId id;

    public CaseNotFound(CaseId id) {
        super("There is no case " + id + ".");
        this.id = id;
    }

    public CaseId id() {
        return id;
    }
}
