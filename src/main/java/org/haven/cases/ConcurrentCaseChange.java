package org.haven.cases;

/** Two officers changed one case at once: the later change is refused, never silently applied over the other. */
public class ConcurrentCaseChange extends RuntimeException {

    private final CaseId caseId;
    private final long yourVersion;
    private final long currentVersion;

    public ConcurrentCaseChange(CaseId caseId, long yourVersion, long currentVersion) {
        super("Case " + caseId + " has changed since you read it: you acted on version " + yourVersion
                + ", it is now at version " + currentVersion + ".");
        this.caseId = caseId;
        this.yourVersion = yourVersion;
        this.currentVersion = currentVersion;
    }

    public CaseId caseId() {
        return caseId;
    }

    public long yourVersion() {
        return yourVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
