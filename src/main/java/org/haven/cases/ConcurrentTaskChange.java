package org.haven.cases;

/** Two officers changed one task at once: the later change is refused. */
public class ConcurrentTaskChange extends RuntimeException {

    private final String taskId;

    public ConcurrentTaskChange(String taskId, long yourVersion, long currentVersion) {
        super("Task " + taskId + " has changed since you read it: you acted on version " + yourVersion
                + ", it is now at version " + currentVersion + ".");
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
