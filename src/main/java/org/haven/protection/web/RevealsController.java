package org.haven.protection.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.protection.ProtectedField;
import org.haven.protection.Reveals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reveals of a case's cover identity and location over HTTP: asked for, approved by two custodians, ended. */
@RestController
class RevealsController {

    private final Reveals reveals;
    private final CaseGuard guard;

    RevealsController(Reveals reveals, CaseGuard guard) {
        this.reveals = reveals;
        this.guard = guard;
    }

    @GetMapping("/api/cases/{id}/reveals")
    @Operation(summary = "The case's reveals, the latest first")
    List<Reveals.Reveal> list(@PathVariable String id, Authentication reader) {
        CaseId caseId = guard.readable(reader, id);
        reveals.expireAll();
        return reveals.of(caseId);
    }

    record Request(
            @Nullable String field,
            @Nullable String purpose,
            @Nullable Instant until) {}

    @PostMapping("/api/cases/{id}/reveals")
    @Operation(summary = "Ask for a reveal of one field (cover-identity, current-location) for a purpose and a time")
    ResponseEntity<Reveals.Reveal> request(@PathVariable String id, @RequestBody Request r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        if (r.field() == null || r.until() == null) {
            throw new IllegalArgumentException("field, purpose and until are required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(guard.within(
                        officer,
                        caseId,
                        c -> reveals.request(
                                c, ProtectedField.ofSlug(r.field()), r.purpose(), r.until(), officer.getName())));
    }

    record Emergency(@Nullable String field, @Nullable String purpose) {}

    @PostMapping("/api/cases/{id}/reveals/break-glass")
    @Operation(summary = "Break the glass (protection officers): the field shows at once, every custodian is told")
    ResponseEntity<Reveals.Reveal> breakGlass(
            @PathVariable String id, @RequestBody Emergency r, Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        if (r.field() == null) {
            throw new IllegalArgumentException("field and purpose are required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(guard.within(
                        officer,
                        caseId,
                        c -> reveals.breakGlass(
                                c, ProtectedField.ofSlug(r.field()), r.purpose() == null ? "" : r.purpose(), officer)));
    }

    record Step(@Nullable Long version, @Nullable String text) {}

    @PostMapping({
        "/api/cases/{id}/reveals/{reveal}/approval",
        "/api/cases/{id}/reveals/{reveal}/refusal",
        "/api/cases/{id}/reveals/{reveal}/revocation",
        "/api/cases/{id}/reveals/{reveal}/review"
    })
    @Operation(summary = "A custodian approves, refuses or revokes a reveal; the breaker of a glass writes its review")
    Reveals.Reveal step(
            @PathVariable String id,
            @PathVariable String reveal,
            @RequestBody Step s,
            Authentication officer,
            jakarta.servlet.http.HttpServletRequest request) {
        CaseId caseId = guard.readable(officer, id);
        if (s.version() == null) {
            throw new IllegalArgumentException("version is required");
        }
        String what = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        return guard.within(
                officer, caseId, c -> RevealSteps.take(reveals, c, reveal, what, s.version(), s.text(), officer));
    }
}
