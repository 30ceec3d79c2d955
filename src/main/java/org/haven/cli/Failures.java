package org.haven.cli;

/** Turns a failure into the one line a person at the console needs. */
final class Failures {

    private Failures() {}

    /** The innermost message in the chain of causes, which is the one that names the fault. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
