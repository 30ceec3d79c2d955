package org.haven.protection;

import java.util.Map;
import org.haven.refusal.Refusal;

/** Protected details are kept only on live cases: a record of a past study has no cover identity to protect. */
public class NotALiveCase extends RuntimeException implements Refusal {

    private final String caseId;

    public NotALiveCase(String caseId) {
        super("Case " + caseId + " is a record of a past study: protected details are kept only on live cases.");
        this.caseId = caseId;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "Not a live case";
    }

    @Override
    public String type() {
        return "urn:haven:problem:not-a-live-case";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("caseId", caseId);
    }
}
