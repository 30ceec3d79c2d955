package org.haven.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditQueries;
import org.haven.audit.CanonicalJson;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's view: who saw what, when, who was refused, and every change, newest first; within the auditor's own
 * clearance, like everything else.
 */
@Controller
class AuditorPages {

    private static final int LIMIT = 500;

    private final AuditQueries audit;
    private final NeedToKnow needToKnow;

    AuditorPages(AuditQueries audit, NeedToKnow needToKnow) {
        this.audit = audit;
        this.needToKnow = needToKnow;
    }

    /**
     * The entries about records the auditor may read: an entry about a case, or about any record of a case (one of
     * its protected details, one of its tasks, or any entry whose details name the case), above his clearance is, to
     * him, not there. Each decision on a labelled case is itself audited.
     */
    private List<AuditEntry> readable(Authentication auditor, List<AuditEntry> entries) {
        java.util.Map<AuditEntry, String> caseOf = new java.util.IdentityHashMap<>();
        for (AuditEntry e : entries) {
            String kase = caseOf(e);
            if (kase != null) {
                caseOf.put(e, kase);
            }
        }
        List<String> cases = caseOf.values().stream().distinct().toList();
        java.util.Set<String> visible = new java.util.HashSet<>(needToKnow.visible(auditor, "case", cases, id -> id));
        return entries.stream()
                .filter(e -> !caseOf.containsKey(e) || visible.contains(caseOf.get(e)))
                .toList();
    }

    private static @Nullable String caseOf(AuditEntry e) {
        return switch (e.subjectType()) {
            case "case" -> e.subjectId();
            case "protected-detail" ->
                e.subjectId().contains("/")
                        ? e.subjectId().substring(0, e.subjectId().indexOf('/'))
                        : e.subjectId();
            // A task, and any other record that belongs to a case, names its case in the entry's details.
            default -> CanonicalJson.read(e.details()).get("case") instanceof String kase ? kase : null;
        };
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            Authentication auditor,
            Model model) {
        model.addAttribute("entries", readable(auditor, audit.find(actor, action, subjectType, subjectId, LIMIT)));
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
            @RequestParam(defaultValue = "100") int limit,
            Authentication auditor) {
        return readable(auditor, audit.find(actor, action, subjectType, subjectId, limit));
    }
}
