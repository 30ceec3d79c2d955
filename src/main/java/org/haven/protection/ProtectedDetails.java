package org.haven.protection;

import java.util.Optional;
import org.haven.security.Label;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The protected details of cases: written and read only within the officer's clearance, every access audited. */
public interface ProtectedDetails {

    /**
     * Writes a detail, encrypted, under {@code label} (or the field's default for the case). The label must
     * dominate the case's (no writing down), include the field's compartment, and be within the officer's clearance;
     * a detail written before is replaced only by a write that names its version. A refusal after the decision on the
     * case is recorded.
     *
     * @param version the version of the detail this write replaces; {@code null} for the first write
     * @throws IllegalArgumentException naming the fault
     * @throws ConcurrentDetailChange when the detail's version is not the one given
     */
    void write(
            Authentication officer,
            String caseId,
            ProtectedField field,
            String value,
            @Nullable Label label,
            @Nullable Long version);

    /** A detail as read: its value, decrypted, and its version, which a write that replaces it names. */
    record Detail(String value, long version) {}

    /** The detail, decrypted, when the officer's clearance dominates its label; empty otherwise or when unset. */
    Optional<Detail> read(Authentication officer, String caseId, ProtectedField field);

    /** Adds a new primary key to a compartment's keyset; what was written before still decrypts. */
    int rotate(String compartment, String actor);
}
