package org.haven.protection.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.protection.Manuscripts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pre-publication review over HTTP: a manuscript sent as its own body (text/plain or application/pdf). */
@RestController
class ManuscriptsController {

    private final Manuscripts manuscripts;
    private final CaseGuard guard;

    ManuscriptsController(Manuscripts manuscripts, CaseGuard guard) {
        this.manuscripts = manuscripts;
        this.guard = guard;
    }

    @GetMapping("/api/cases/{id}/manuscripts")
    @Operation(summary = "The case's manuscripts under review or decided, the latest first")
    List<Manuscripts.Manuscript> list(@PathVariable String id, Authentication reader) {
        return manuscripts.of(guard.readable(reader, id));
    }

    @PostMapping(
            path = "/api/cases/{id}/manuscripts",
            consumes = {"text/plain", "application/pdf", "application/octet-stream"})
    @Operation(summary = "Submit a manuscript (the body: plain UTF-8 text or a PDF) for review; ?title= names it")
    ResponseEntity<Manuscripts.Manuscript> submit(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String title,
            @RequestHeader(name = "Content-Type", required = false) @Nullable String type,
            @RequestBody byte[] body,
            Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        String text = Manuscripts.text(body, type);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(guard.within(
                        officer,
                        caseId,
                        c -> manuscripts.submit(
                                c,
                                title == null ? "" : title,
                                text,
                                type == null ? "text/plain" : type,
                                officer.getName(),
                                officer)));
    }

    record RulingRequest(
            @Nullable Integer passage,
            Manuscripts.@Nullable Ruling ruling,
            Manuscripts.@Nullable Reason reason,
            @Nullable String note,
            @Nullable Long version) {}

    @PostMapping("/api/cases/{id}/manuscripts/{manuscript}/rulings")
    @Operation(summary = "Rule on a proposed passage: CLEARED, REDACTED (with its reason code) or CHANGED (to what)")
    Manuscripts.Manuscript rule(
            @PathVariable String id,
            @PathVariable String manuscript,
            @RequestBody RulingRequest r,
            Authentication officer) {
        CaseId caseId = guard.readable(officer, id);
        if (r.passage() == null || r.ruling() == null || r.version() == null) {
            throw new IllegalArgumentException("passage, ruling and version are required");
        }
        return guard.within(officer, caseId, c -> {
            own(c, manuscript);
            return manuscripts.rule(
                    manuscript, r.passage(), r.ruling(), r.reason(), r.note(), officer.getName(), r.version());
        });
    }

    record TextRequest(@Nullable String text, @Nullable Long version) {}

    @PostMapping({"/api/cases/{id}/manuscripts/{manuscript}/decision", "/api/cases/{id}/manuscripts/{manuscript}/appeal"
    })
    @Operation(summary = "The decision with its reasons (every passage ruled), or his appeal with its grounds")
    Manuscripts.Manuscript decide(
            @PathVariable String id,
            @PathVariable String manuscript,
            @RequestBody TextRequest r,
            Authentication officer,
            jakarta.servlet.http.HttpServletRequest request) {
        CaseId caseId = guard.readable(officer, id);
        if (r.version() == null) {
            throw new IllegalArgumentException("text and version are required");
        }
        boolean appeal = request.getRequestURI().endsWith("/appeal");
        return guard.within(officer, caseId, c -> {
            own(c, manuscript);
            return appeal
                    ? manuscripts.appeal(manuscript, r.text(), officer.getName(), r.version())
                    : manuscripts.decide(manuscript, r.text(), officer.getName(), r.version());
        });
    }

    private void own(CaseId caseId, String manuscript) {
        if (manuscripts
                .find(manuscript)
                .filter(m -> m.caseId().equals(caseId.value()))
                .isEmpty()) {
            throw new IllegalArgumentException("this case has no manuscript '" + manuscript + "'");
        }
    }
}
