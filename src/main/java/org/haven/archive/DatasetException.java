package org.haven.archive;

/** A data file that cannot be loaded, with the file, the line and the reason. */
public class DatasetException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public DatasetException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The line, counted from 1, where the fault is. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
