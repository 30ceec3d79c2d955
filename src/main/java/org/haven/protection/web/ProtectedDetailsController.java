package org.haven.protection.web;

import io.swagger.v3.oas.annotations.Operation;
import org.haven.cases.CaseId;
import org.haven.protection.ProtectedDetails;
import org.haven.protection.ProtectedField;
import org.haven.security.Label;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A resettled defector's protected details over HTTP: within the officer's clearance, every access audited. */
@RestController
class ProtectedDetailsController {

    private final ProtectedDetails details;
    private final org.haven.protection.Reveals reveals;

    ProtectedDetailsController(ProtectedDetails details, org.haven.protection.Reveals reveals) {
        this.details = details;
        this.reveals = reveals;
    }

    record Write(
            @Nullable String value,
            @Nullable String label,
            @Nullable Long version) {}

    record Detail(String caseId, String field, String value, long version) {}

    @PutMapping("/api/cases/{id}/protected/{field}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Write a protected detail (cover-identity, current-location, family-whereabouts), encrypted;"
                    + " a detail written before is replaced only by a write naming the version read (else 409)")
    void write(@PathVariable String id, @PathVariable String field, @RequestBody Write write, Authentication officer) {
        CaseId caseId = new CaseId(id);
        details.write(
                officer,
                caseId.value(),
                ProtectedField.ofSlug(field),
                write.value() == null ? "" : write.value(),
                write.label() == null ? null : Label.parse(write.label()),
                write.version());
    }

    @GetMapping("/api/cases/{id}/protected/{field}")
    @Operation(summary = "Read a protected detail, if your clearance covers it; the read is audited")
    Detail read(@PathVariable String id, @PathVariable String field, Authentication officer) {
        CaseId caseId = new CaseId(id);
        ProtectedField which = ProtectedField.ofSlug(field);
        // The cover identity and the location only through a reveal that holds for him now.
        reveals.expireAll();
        ProtectedDetails.Detail detail = reveals.read(officer, caseId, which);
        return new Detail(caseId.value(), which.slug(), detail.value(), detail.version());
    }

    record Rotated(String compartment, int primaryKeyId) {}

    @PostMapping("/api/keys/{compartment}/rotation")
    @Operation(summary = "Rotate a compartment's key (administrators); earlier values still decrypt")
    Rotated rotate(@PathVariable String compartment, Authentication admin) {
        if (!compartment.matches("[A-Z][A-Z0-9_]{0,62}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + compartment + "' is not a compartment");
        }
        return new Rotated(compartment, details.rotate(compartment, admin.getName()));
    }
}
