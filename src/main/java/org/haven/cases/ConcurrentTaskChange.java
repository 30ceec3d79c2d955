package org.haven.cases;

import java.util.Map;
import org.haven.refusal.Refusal;

/** Two officers changed one task at once: the later change is refused. */
public class ConcurrentTaskChange extends RuntimeException implements Refusal {

    private final String taskId;

    public ConcurrentTaskChange(String taskId, long yourVersion, long currentVersion) {
        super("Task " + taskId + " has changed since you read it: you acted on version " + yourVersion
                + ", it is now at version " + currentVersion + ".");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "The task has changed";
    }

    @Override
    public String type() {
        return "urn:haven:problem:concurrent-change";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("taskId", taskId);
    }
}
