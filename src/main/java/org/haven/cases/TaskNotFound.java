package org.haven.cases;

/** Thrown when a task is asked for by an id Haven does not hold. */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(String id) {
        super("There is no task " + id + ".");
    }
}
