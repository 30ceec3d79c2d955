package org.haven.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.archive.Archive;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.protection.ProtectionAnalysis;
import org.haven.protection.ProtectionRecord;
import org.haven.security.NeedToKnow;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The threat board of a live case: the threats at their status with their measures, the unmeasured flagged, the
 * reviews due, the hostile service's past reactions from the archive as precedents; his relatives; the handler's
 * journal with the idle stretches of the first weeks. Forms and REST to keep each.
 */
@Controller
class ProtectionPages {

    private final ProtectionRecord record;
    private final CaseFileStore files;
    private final CaseGuard guard;
    private final NeedToKnow needToKnow;
    private final Archive archive;
    private final ProtectionAnalysis.Policy policy;
    private final java.time.Clock clock;
    private final org.haven.protection.Reveals reveals;
    private final org.haven.protection.ResettlementPlans plans;
    private final org.haven.protection.ProtectedDetails details;

    ProtectionPages(
            org.haven.protection.ProtectedDetails details,
            org.haven.protection.ResettlementPlans plans,
            org.haven.protection.Reveals reveals,
            ProtectionRecord record,
            CaseFileStore files,
            CaseGuard guard,
            NeedToKnow needToKnow,
            Archive archive,
            ProtectionAnalysis.Policy policy,
            java.time.Clock clock) {
        this.details = details;
        this.plans = plans;
        this.reveals = reveals;
        this.record = record;
        this.files = files;
        this.guard = guard;
        this.needToKnow = needToKnow;
        this.archive = archive;
        this.policy = policy;
        this.clock = clock;
    }

    /** One entry of the handler's journal. */
    record Contact(
            java.time.Instant at,
            String officer,
            boolean work,
            @Nullable String note) {}

    record Board(long version, ProtectionAnalysis protection, List<Contact> journal) {}

    private Board board(CaseId caseId) {
        var stored = files.find(caseId);
        if (stored.isEmpty()) {
            return new Board(-1, new ProtectionAnalysis(List.of(), List.of(), List.of(), List.of()), List.of());
        }
        CaseFile file = CaseFiles.read(stored.get().content());
        List<Contact> journal = new ArrayList<>();
        for (CaseFile.Entry e : file.record()) {
            if (e instanceof CaseFile.Other o && o.kind().equals("CONTACT")) {
                journal.add(new Contact(
                        o.at(),
                        o.entry().path("officer").asString(""),
                        o.entry().path("work").asBoolean(false),
                        o.entry().path("note").isString()
                                ? o.entry().path("note").asString()
                                : null));
            } else if (e instanceof CaseFile.Debrief d) {
                journal.add(
                        new Contact(d.at(), d.officer() == null ? "" : d.officer(), true, "debrief, " + d.session()));
            }
        }
        return new Board(
                stored.get().version(), ProtectionAnalysis.of(file, policy, clock.instant()), journal.reversed());
    }

    @GetMapping("/api/cases/{id}/protection")
    @ResponseBody
    Board api(@PathVariable String id, Authentication reader) {
        return board(guard.readable(reader, id));
    }

    @GetMapping("/cases/{id}/protection")
    String page(@PathVariable String id, Authentication reader, Model model) {
        CaseId caseId = guard.readable(reader, id);
        Board board = board(caseId);
        model.addAttribute("caseId", caseId.value());
        model.addAttribute("board", board);
        model.addAttribute("p", board.protection());
        model.addAttribute("threatTypes", ProtectionRecord.ThreatType.values());
        model.addAttribute("measureTypes", ProtectionRecord.MeasureType.values());
        model.addAttribute("precedents", org.haven.archive.PastReactions.of(archive.findAll()));
        model.addAttribute("policy", policy);
        model.addAttribute("mayGuard", holds(reader, Role.PROTECTION));
        model.addAttribute("mayHandle", holds(reader, Role.HANDLER));
        boolean mayAsk = holds(reader, Role.PROTECTION) || holds(reader, Role.RESETTLEMENT);
        model.addAttribute("mayAsk", mayAsk);
        model.addAttribute("mayCustody", holds(reader, Role.RESETTLEMENT));
        model.addAttribute("me", reader.getName());
        if (mayAsk) {
            reveals.expireAll(); // a reveal whose time has ended shows as ended, not as granted
        }
        List<org.haven.protection.Reveals.Reveal> all = mayAsk ? reveals.of(caseId) : List.of();
        model.addAttribute("reveals", all);
        model.addAttribute("now", clock.instant());
        // What a reveal that holds for him shows, read now (and so audited).
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        // The version of each detail he has had revealed: what a replacement of it must name.
        Map<String, Long> shownVersions = new java.util.LinkedHashMap<>();
        for (var r : all) {
            if (r.requestedBy().equals(reader.getName()) && r.holds(clock.instant()) && !shown.containsKey(r.field())) {
                try {
                    var detail = reveals.read(reader, caseId, org.haven.protection.ProtectedField.ofSlug(r.field()));
                    shown.put(r.field(), detail.value());
                    shownVersions.put(r.field(), detail.version());
                } catch (RuntimeException e) {
                    shown.put(r.field(), "not written yet");
                }
            }
        }
        model.addAttribute("shown", shown);
        model.addAttribute("shownVersions", shownVersions);
        model.addAttribute("plan", plans.of(caseId).orElse(null));
        model.addAttribute("livelihoods", org.haven.protection.ResettlementPlans.Livelihood.values());
        model.addAttribute("mayResettle", holds(reader, Role.RESETTLEMENT));
        // His family's whereabouts, to those whose clearance covers them (the read audited).
        var family = mayAsk
                ? details.read(reader, caseId.value(), org.haven.protection.ProtectedField.FAMILY_WHEREABOUTS)
                : java.util.Optional.<org.haven.protection.ProtectedDetails.Detail>empty();
        model.addAttribute("family", family.orElse(null));
        return "protection/board";
    }

    private static boolean holds(Authentication a, Role role) {
        return a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    @PostMapping({
        "/cases/{id}/protection/threats",
        "/cases/{id}/protection/measures",
        "/cases/{id}/protection/relatives",
        "/cases/{id}/protection/contacts"
    })
    String form(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = guard.readable(officer, id);
        String what = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        try {
            long version = Long.parseLong(form.getFirst("version") == null ? "-1" : form.getFirst("version"));
            String notice = guard.within(officer, caseId, c -> change(c, what, form::getFirst, officer, version));
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + caseId.value() + "/protection";
        } catch (org.haven.exploitation.CaseFileRefused e) {
            response.setStatus(400);
            model.addAttribute(
                    "error",
                    String.join("; ", e.faults().stream().map(Object::toString).toList()));
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        } catch (CaseFileStore.ConcurrentCaseFileChange e) {
            response.setStatus(409);
            model.addAttribute("error", "the record changed meanwhile: look at the board again, then send it.");
        }
        return page(id, officer, model);
    }

    private String change(
            CaseId caseId,
            String what,
            java.util.function.Function<String, @Nullable String> field,
            Authentication officer,
            long version) {
        var clearance = needToKnow.clearance(officer);
        return switch (what) {
            case "threats" -> {
                record.threat(
                        caseId,
                        new ProtectionRecord.ThreatReport(
                                field.apply("ref"),
                                field.apply("type"),
                                field.apply("status"),
                                field.apply("target"),
                                field.apply("source"),
                                field.apply("reassess"),
                                field.apply("decision"),
                                field.apply("note")),
                        officer.getName(),
                        clearance,
                        version);
                yield "Threat recorded.";
            }
            case "measures" -> {
                record.measure(
                        caseId,
                        new ProtectionRecord.MeasureTaken(
                                field.apply("threat"),
                                field.apply("type"),
                                field.apply("owner"),
                                field.apply("review"),
                                field.apply("note")),
                        officer.getName(),
                        clearance,
                        version);
                yield "Measure recorded.";
            }
            case "relatives" -> {
                String atRisk = field.apply("atRisk");
                record.relative(
                        caseId,
                        field.apply("relation"),
                        field.apply("where"),
                        atRisk == null || atRisk.isBlank() ? null : Boolean.valueOf(atRisk),
                        officer.getName(),
                        clearance,
                        version);
                yield "Relative recorded; where he or she lives is a protected detail, kept apart.";
            }
            default -> {
                record.contact(
                        caseId,
                        "true".equals(field.apply("work")),
                        field.apply("note"),
                        field.apply("promise"),
                        field.apply("kept"),
                        field.apply("trust"),
                        officer.getName(),
                        clearance,
                        version);
                yield "Contact recorded.";
            }
        };
    }

    @PostMapping({
        "/cases/{id}/reveals",
        "/cases/{id}/reveals/break-glass",
        "/cases/{id}/reveals/approval",
        "/cases/{id}/reveals/refusal",
        "/cases/{id}/reveals/revocation",
        "/cases/{id}/reveals/review"
    })
    String reveal(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = guard.readable(officer, id);
        String what = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        try {
            String notice = guard.within(officer, caseId, c -> {
                reveals.expireAll();
                return switch (what) {
                    case "reveals" -> {
                        String hours = form.getFirst("hours");
                        int h;
                        try {
                            h = Integer.parseInt(hours == null ? "" : hours.strip());
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("for how many hours: a number, 1 to 168");
                        }
                        reveals.request(
                                c,
                                org.haven.protection.ProtectedField.ofSlug(String.valueOf(form.getFirst("field"))),
                                form.getFirst("purpose"),
                                clock.instant().plus(java.time.Duration.ofHours(h)),
                                officer.getName());
                        yield "Reveal asked for: it awaits two custodians.";
                    }
                    case "break-glass" -> {
                        reveals.breakGlass(
                                c,
                                org.haven.protection.ProtectedField.ofSlug(String.valueOf(form.getFirst("field"))),
                                form.getFirst("purpose") == null ? "" : form.getFirst("purpose"),
                                officer);
                        yield "Glass broken: the field shows for twelve hours; every custodian is told, and your"
                                + " after-action review is owed.";
                    }
                    default -> {
                        long version;
                        try {
                            version = Long.parseLong(String.valueOf(form.getFirst("version")));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("the form names the reveal's version");
                        }
                        var r = RevealSteps.take(
                                reveals,
                                c,
                                String.valueOf(form.getFirst("reveal")),
                                what,
                                version,
                                form.getFirst("text"),
                                officer);
                        yield "The reveal is "
                                + r.status()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', ' ')
                                + (r.status() == org.haven.protection.Reveals.Status.REQUESTED
                                        ? ": one custodian has approved, a second must."
                                        : ".");
                    }
                };
            });
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + caseId.value() + "/protection#reveals-heading";
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return page(id, officer, model);
    }

    @PostMapping({"/cases/{id}/resettlement", "/cases/{id}/resettlement/milestones"})
    String plan(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = guard.readable(officer, id);
        boolean milestone = request.getRequestURI().endsWith("/milestones");
        try {
            long version = Long.parseLong(form.getFirst("version") == null ? "-1" : form.getFirst("version"));
            guard.within(
                    officer,
                    caseId,
                    c -> milestone
                            ? planMilestone(c, form.getFirst("what"), form.getFirst("due"), officer.getName(), version)
                            : planSave(
                                    c,
                                    form.getFirst("livelihood"),
                                    form.getFirst("note"),
                                    form.getFirst("contact"),
                                    officer.getName(),
                                    version));
            redirect.addFlashAttribute("notice", milestone ? "Milestone set: a task on its day." : "Plan saved.");
            return "redirect:/cases/" + caseId.value() + "/protection#plan-heading";
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return page(id, officer, model);
    }

    private org.haven.protection.ResettlementPlans.Plan planSave(
            CaseId caseId,
            @Nullable String livelihood,
            @Nullable String note,
            @Nullable String contact,
            String officer,
            long version) {
        return plans.save(
                caseId,
                livelihood == null || livelihood.isBlank()
                        ? null
                        : org.haven.protection.ResettlementPlans.Livelihood.valueOf(livelihood),
                note,
                contact,
                officer,
                version);
    }

    private org.haven.protection.ResettlementPlans.Plan planMilestone(
            CaseId caseId, @Nullable String what, @Nullable String due, String officer, long version) {
        if (due == null || due.isBlank()) {
            throw new IllegalArgumentException("a milestone needs its day");
        }
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(due.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("the milestone's day: '" + due + "' is not a date (1950-01-20)");
        }
        return plans.milestone(caseId, what == null ? "" : what, day, officer, version);
    }

    /** A case's plan, {@code null} while none is written; the version the next change names (−1 for the first). */
    record PlanView(String caseId, org.haven.protection.ResettlementPlans.@Nullable Plan plan, long version) {}

    @GetMapping("/api/cases/{id}/resettlement")
    @ResponseBody
    PlanView planView(@PathVariable String id, Authentication reader) {
        CaseId caseId = guard.readable(reader, id);
        var plan = plans.of(caseId);
        return new PlanView(
                caseId.value(), plan.orElse(null), plan.map(p -> p.version()).orElse(-1L));
    }

    @PostMapping({"/api/cases/{id}/resettlement", "/api/cases/{id}/resettlement/milestones"})
    @ResponseBody
    org.haven.protection.ResettlementPlans.Plan planApi(
            @PathVariable String id,
            @RequestBody Map<String, Object> body,
            Authentication officer,
            jakarta.servlet.http.HttpServletRequest request) {
        CaseId caseId = guard.readable(officer, id);
        if (!(body.get("version") instanceof Number n)) {
            throw new IllegalArgumentException("version (of the plan, -1 for a first one) is required");
        }
        java.util.function.Function<String, @Nullable String> f =
                k -> body.get(k) == null ? null : String.valueOf(body.get(k));
        return guard.within(
                officer,
                caseId,
                c -> request.getRequestURI().endsWith("/milestones")
                        ? planMilestone(c, f.apply("what"), f.apply("due"), officer.getName(), n.longValue())
                        : planSave(
                                c,
                                f.apply("livelihood"),
                                f.apply("note"),
                                f.apply("contact"),
                                officer.getName(),
                                n.longValue()));
    }

    /**
     * His new identity or where he lives: a protected detail the resettlement officer writes, encrypted, audited. A
     * detail written before is replaced only by one who has had it revealed, naming the version he read.
     */
    @PostMapping("/cases/{id}/protection/protected/{field}")
    String protectedDetail(
            @PathVariable String id,
            @PathVariable String field,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var which = org.haven.protection.ProtectedField.ofSlug(field);
        if (which == org.haven.protection.ProtectedField.FAMILY_WHEREABOUTS) {
            throw new IllegalArgumentException("his family's whereabouts are written with the family, on this page");
        }
        return writeDetail(
                id,
                which,
                form,
                officer,
                model,
                response,
                redirect,
                "His " + which.slug().replace('-', ' ') + " is written, encrypted; every read of it is audited.",
                "#reveals-heading");
    }

    /** Where his family is: a protected detail, written within the officer's clearance, audited. */
    @PostMapping("/cases/{id}/protection/whereabouts")
    String whereabouts(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return writeDetail(
                id,
                org.haven.protection.ProtectedField.FAMILY_WHEREABOUTS,
                form,
                officer,
                model,
                response,
                redirect,
                "His family's whereabouts are written, encrypted, under their label.",
                "#family-heading");
    }

    /** A protected detail from a page's form: written, or the page again saying why not; nothing kept then. */
    private String writeDetail(
            String id,
            org.haven.protection.ProtectedField which,
            MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String written,
            String anchor) {
        CaseId caseId = guard.readable(officer, id);
        try {
            String version = form.getFirst("version");
            details.write(
                    officer,
                    caseId.value(),
                    which,
                    String.valueOf(form.getFirst("value") == null ? "" : form.getFirst("value")),
                    null,
                    version == null || version.isBlank() ? null : Long.valueOf(version));
            redirect.addFlashAttribute("notice", written);
            return "redirect:/cases/" + caseId.value() + "/protection" + anchor;
        } catch (IllegalArgumentException | org.haven.protection.ConcurrentDetailChange e) {
            response.setStatus(e instanceof IllegalArgumentException ? 400 : 409);
            model.addAttribute(
                    "error",
                    e instanceof org.haven.protection.ConcurrentDetailChange
                                    && which != org.haven.protection.ProtectedField.FAMILY_WHEREABOUTS
                            ? e.getMessage() + " Have it revealed to you first: a replacement names the version read."
                            : e.getMessage());
        }
        return page(id, officer, model);
    }

    record Changed(String caseId, long version) {}

    @PostMapping({
        "/api/cases/{id}/protection/threats",
        "/api/cases/{id}/protection/measures",
        "/api/cases/{id}/protection/relatives",
        "/api/cases/{id}/protection/contacts"
    })
    @ResponseBody
    ResponseEntity<Changed> api(
            @PathVariable String id,
            @RequestBody Map<String, Object> body,
            Authentication officer,
            jakarta.servlet.http.HttpServletRequest request) {
        CaseId caseId = guard.readable(officer, id);
        String what = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        Object v = body.get("version");
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("version (of the case file, -1 while it has none) is required");
        }
        guard.within(
                officer,
                caseId,
                c -> change(
                        c,
                        what,
                        k -> body.get(k) == null ? null : String.valueOf(body.get(k)),
                        officer,
                        n.longValue()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Changed(
                        caseId.value(), files.find(caseId).orElseThrow().version()));
    }
}
