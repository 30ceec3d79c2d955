package org.haven.store;

/** A backup file, or the store it is to be restored into, that cannot be used: the message says why. */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
