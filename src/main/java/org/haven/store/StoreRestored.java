package org.haven.store;

/** Published once a restore has committed: whatever was derived from the old store must be derived again. */
public record StoreRestored(Backup.Summary summary) {}
