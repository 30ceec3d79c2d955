package org.haven.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The auditor's view: who saw what, when, who was refused, and every change, newest first. */
@Controller
class AuditorPages {

    private static final int LIMIT = 500;

    private final AuditQueries audit;

    AuditorPages(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            Model model) {
        model.addAttribute("entries", audit.find(actor, action, subjectType, subjectId, LIMIT));
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("subjectType", subjectType == null ? "" : subjectType);
        model.addAttribute("subjectId", subjectId == null ? "" : subjectId);
        model.addAttribute("limit", LIMIT);
        return "audit";
    }

    @GetMapping("/api/audit")
    @ResponseBody
    @Operation(summary = "Audit entries, newest first: filter by actor, action (e.g. AccessDenied), subject")
    List<AuditEntry> entries(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(defaultValue = "100") int limit) {
        return audit.find(actor, action, subjectType, subjectId, limit);
    }
}
