package org.haven.cases;

import org.haven.refusal.Refusal;

/** Thrown when a task is asked for by an id Haven does not hold. */
public class TaskNotFound extends RuntimeException implements Refusal {

    public TaskNotFound(String id) {
        super("There is no task " + id + ".");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String title() {
        return "No such task";
    }

    @Override
    public String type() {
        return "urn:haven:problem:task-not-found";
    }
}
