package org.haven.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.refusal.Refusal;

/** Two officers changed one case at once: the later change is refused, never silently applied over the other. */
public class ConcurrentCaseChange extends RuntimeException implements Refusal {

    private final CaseId caseId;
    private final long yourVersion;
    private final long currentVersion;
    private final List<Map<String, Object>> changes;

    public ConcurrentCaseChange(CaseId caseId, long yourVersion, long currentVersion) {
        this(caseId, yourVersion, currentVersion, List.of());
    }

    private ConcurrentCaseChange(
            CaseId caseId, long yourVersion, long currentVersion, List<Map<String, Object>> changes) {
        super("Case " + caseId + " has changed since you read it: you acted on version " + yourVersion
                + ", it is now at version " + currentVersion + ".");
        this.caseId = caseId;
        this.yourVersion = yourVersion;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    /** The same refusal, saying what changed since his version: each change's action, actor, time and details. */
    public ConcurrentCaseChange withChanges(List<Map<String, Object>> changes) {
        return new ConcurrentCaseChange(caseId, yourVersion, currentVersion, changes);
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

    /** What changed since his version, oldest first. */
    public List<Map<String, Object>> changes() {
        return changes;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "The case has changed";
    }

    @Override
    public String type() {
        return "urn:haven:problem:concurrent-change";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("caseId", caseId.value());
        properties.put("yourVersion", yourVersion);
        properties.put("currentVersion", currentVersion);
        properties.put("changes", changes);
        return properties;
    }
}
