package org.haven.cases;

import java.util.Map;
import org.haven.refusal.Refusal;

/** A move, a task or a label asked of a record of a past study: it has no lifecycle. */
public class PastCaseTakesNoAction extends RuntimeException implements Refusal {

    private final CaseId caseId;

    public PastCaseTakesNoAction(CaseId caseId) {
        super("Case " + caseId + " is a historical record, a past case of a study: it has no lifecycle, and takes no"
                + " move, task or label.");
        this.caseId = caseId;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "Move refused";
    }

    @Override
    public String type() {
        return "urn:haven:problem:move-refused";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("caseId", caseId.value(), "caseStatus", "HISTORICAL", "allowed", java.util.List.of());
    }
}
