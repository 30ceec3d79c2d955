package org.haven.cases;

import java.util.Map;
import org.haven.refusal.Refusal;

/** Thrown when a case is asked for by an id the register does not hold. */
public class CaseNotFound extends RuntimeException implements Refusal {

    private final CaseId id;

    public CaseNotFound(CaseId id) {
        super("There is no case " + id + ".");
        this.id = id;
    }

    public CaseId id() {
        return id;
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String title() {
        return "No such case";
    }

    @Override
    public String type() {
        return "urn:haven:problem:case-not-found";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("caseId", id.value());
    }
}
