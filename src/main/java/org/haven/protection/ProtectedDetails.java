package org.haven.protection;

import java.util.Optional;
import org.haven.security.Label;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The protected details of cases: written and read only within the officer's clearance, every access audited. */
public interface ProtectedDetails {

    /**
     * Writes a detail, encrypted, under {@code label} (or the field's default for the case). The label must
     * dominate the case's (no writing down), include the field's compartment, and be within the officer's clearance.
     *
     * @throws IllegalArgumentException naming the fault
     */
    void write(Authentication officer, String caseId, ProtectedField field, String value, @Nullable Label label);

    /** The detail, decrypted, when the officer's clearance dominates its label; empty otherwise or when unset. */
    Optional<String> read(Authentication officer, String caseId, ProtectedField field);

    /** Adds a new primary key to a compartment's keyset; what was written before still decrypts. */
    int rotate(String compartment, String actor);
}
