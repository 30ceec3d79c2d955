/**
 * Audit: the append-only, hash-chained record of every change and every sensitive read.
 *
 * <p>Each entry's hash covers the previous entry's hash and the entry's own canonical content, so changing or
 * deleting an entry breaks the chain from there on. Each entry also carries the hash of the audited record's
 * state after the change; {@link org.haven.audit.AuditVerification} compares it with the record as it stands, so
 * a record changed behind the log's back is found too. Modules that keep audited records tell the audit how to
 * read their current state through {@link org.haven.audit.AuditedRecords}. Depends on nothing.
 */
@NullMarked
package org.haven.audit;

import org.jspecify.annotations.NullMarked;
