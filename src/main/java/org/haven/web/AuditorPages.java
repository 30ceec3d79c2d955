package org.haven.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditQueries;
import org.haven.audit.AuditWords;
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

    private static final int PAGE = 100;

    private final AuditQueries audit;
    private final AuditReading reading;

    AuditorPages(AuditQueries audit, AuditReading reading) {
        this.audit = audit;
        this.reading = reading;
    }

    /** The auditor's question as the page's form asks it. */
    record Asked(
            @Nullable String actor,
            @Nullable String action,
            @Nullable Boolean refusals,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String text,
            java.time.@Nullable LocalDate from,
            java.time.@Nullable LocalDate to,
            @Nullable Long before) {

        AuditQueries.Filter filter() {
            java.util.Set<String> actions = new java.util.HashSet<>();
            if (Boolean.TRUE.equals(refusals)) {
                actions.addAll(AuditReading.REFUSALS);
            }
            if (action != null && !action.isBlank()) {
                actions.add(action.strip());
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the date range ends (" + to + ") before it begins (" + from + ")");
            }
            return new AuditQueries.Filter(
                    actor,
                    actions,
                    subjectType,
                    subjectId,
                    text,
                    from == null
                            ? null
                            : from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    to == null
                            ? null
                            : to.plusDays(1)
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant(),
                    before);
        }
    }

    /** One entry in words, for the page and the spreadsheet. */
    record Shown(AuditEntry entry, String when, String what, String details, boolean refusal) {}

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm:ss 'UTC'", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);

    private static Shown shown(AuditEntry e) {
        return new Shown(
                e,
                WHEN.format(e.at()),
                AuditWords.action(e.action()),
                AuditWords.details(e.details()),
                AuditReading.REFUSALS.contains(e.action()));
    }

    @GetMapping("/audit")
    String page(Asked asked, Authentication auditor, Model model) {
        // One more than a page is asked for: whether there is an older page is known without counting them all.
        List<AuditEntry> found = audit.find(asked.filter(), PAGE + 1);
        boolean older = found.size() > PAGE;
        List<AuditEntry> page = found.subList(0, Math.min(PAGE, found.size()));
        model.addAttribute(
                "entries",
                reading.readable(auditor, page).stream()
                        .map(AuditorPages::shown)
                        .toList());
        model.addAttribute("asked", asked);
        model.addAttribute("older", older ? page.get(page.size() - 1).sequence() : null);
        model.addAttribute("page", PAGE);
        return "audit";
    }

    /** What the page shows, as a spreadsheet: every matching entry (up to 10,000), within the auditor's clearance. */
    @GetMapping("/audit.csv")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            csv(Asked asked, Authentication auditor) {
        List<List<?>> rows = reading.readable(auditor, audit.find(asked.filter(), 10_000)).stream()
                .map(e -> List.of(
                        e.sequence(),
                        e.at().toString(),
                        e.actor(),
                        e.action(),
                        e.subjectType(),
                        e.subjectId(),
                        AuditWords.details(e.details()),
                        e.hash()))
                .collect(java.util.stream.Collectors.toList());
        return Csv.download(
                "audit.csv",
                List.of("sequence", "at", "actor", "action", "subjectType", "subjectId", "details", "hash"),
                rows);
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
        return reading.readable(auditor, audit.find(actor, action, subjectType, subjectId, limit));
    }
}
