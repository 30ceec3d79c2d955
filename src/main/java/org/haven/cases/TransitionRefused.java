package org.haven.cases;

import java.util.List;
import java.util.Map;
import org.haven.refusal.Refusal;

/** A move the case's rules do not allow now, with the reason and the moves that are allowed. */
public class TransitionRefused extends RuntimeException implements Refusal {

    private final CaseId caseId;
    private final CaseStatus status;
    private final List<Transition> allowed;

    public TransitionRefused(DefectionCase kase, String reason) {
        super(reason);
        this.caseId = kase.id();
        this.status = kase.status();
        this.allowed = kase.allowedMoves();
    }

    public CaseId caseId() {
        return caseId;
    }

    public CaseStatus status() {
        return status;
    }

    /** The moves the case's rules allow now, whoever makes them. */
    public List<Transition> allowed() {
        return allowed;
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
        return Map.of(
                "caseId", caseId.value(),
                "caseStatus", status.name(),
                "allowed", allowed.stream().map(Transition::verb).toList());
    }
}
