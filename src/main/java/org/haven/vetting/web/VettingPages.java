package org.haven.vetting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.archive.Archive;
import org.haven.archive.SovietReaction;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.NeedToKnow;
import org.haven.security.Role;
import org.haven.vetting.BonaFides;
import org.haven.vetting.Checklists;
import org.haven.vetting.Likelihood;
import org.haven.vetting.VettingConclusions;
import org.haven.vetting.VettingFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vetting page: the matrix (hypotheses across, evidence down, each cell's rating and score, the scores and ranks
 * at the foot, the linchpins marked), the premise beside where the evidence points, the checklists with the hostile
 * service's past practice from the archive, the conclusion with what it rests on, and their history.
 */
@Controller
class VettingPages {

    private final VettingFiles vetting;
    private final VettingConclusions conclusions;
    private final CaseFileStore files;
    private final CaseGuard guard;
    private final NeedToKnow needToKnow;
    private final Archive archive;

    VettingPages(
            VettingFiles vetting,
            VettingConclusions conclusions,
            CaseFileStore files,
            CaseGuard guard,
            NeedToKnow needToKnow,
            Archive archive) {
        this.vetting = vetting;
        this.conclusions = conclusions;
        this.files = files;
        this.guard = guard;
        this.needToKnow = needToKnow;
        this.archive = archive;
    }

    /** One statement, for choosing an item. */
    record Said(String id, String words) {}

    @GetMapping("/cases/{id}/vetting")
    String page(@PathVariable String id, Authentication reader, Model model) {
        CaseId caseId = guard.readable(reader, id);
        model.addAttribute("caseId", caseId.value());
        model.addAttribute(
                "mayVet",
                reader.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.VETTING.authority())));
        model.addAttribute("ratings", CaseFile.Consistency.values());
        model.addAttribute("weights", CaseFile.Weight.values());
        model.addAttribute("kinds", CaseFile.ItemKind.values());
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("checklists", Checklists.ALL);
        model.addAttribute(
                "precedents",
                org.haven.archive.PastReactions.of(
                        archive.findAll(),
                        java.util.EnumSet.of(SovietReaction.PLANTED_DOCUMENT, SovietReaction.DEFAMATION)));
        model.addAttribute("conclusions", conclusions.of(caseId));
        model.addAttribute("me", reader.getName());
        var stored = files.find(caseId);
        CaseFile file = stored.map(s -> CaseFiles.read(s.content())).orElse(null);
        model.addAttribute("stored", stored.orElse(null));
        model.addAttribute(
                "open",
                file != null
                        && file.vetting() != null
                        && !file.vetting().hypotheses().isEmpty());
        if (file == null || file.vetting() == null) {
            return "vetting/matrix";
        }
        BonaFides b = BonaFides.of(file);
        model.addAttribute("file", file);
        model.addAttribute("v", file.vetting());
        model.addAttribute("b", b);
        model.addAttribute("linchpins", b.linchpinsByItem());
        Map<String, String> texts = new LinkedHashMap<>();
        file.vetting().hypotheses().forEach(h -> texts.put(h.ref(), h.text()));
        model.addAttribute("hypothesisText", texts);
        List<Said> said = new ArrayList<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (CaseFile.Entry e : file.record()) {
            List<CaseFile.Statement> statements = switch (e) {
                case CaseFile.Debrief d -> d.statements();
                case CaseFile.Report r -> r.statements();
                default -> List.of();
            };
            for (CaseFile.Statement s : statements) {
                String w = s.subject() + " / " + s.property() + " = " + (s.shown() == null ? "withdrawn" : s.shown());
                said.add(new Said(s.id(), s.id() + ": " + w));
                words.put(s.id(), w);
            }
        }
        model.addAttribute("said", said);
        model.addAttribute("statementWords", words);
        // The signed-in officer's own latest rating of each cell, for the form.
        Map<String, String> mine = new LinkedHashMap<>();
        for (CaseFile.Rating r : file.vetting().ratings()) {
            if (reader.getName().equals(r.officer())) {
                mine.put(r.item() + "|" + r.hypothesis(), r.rating().name());
            }
        }
        model.addAttribute("mine", mine);
        return "vetting/matrix";
    }

    @PostMapping("/cases/{id}/vetting")
    String open(
            @PathVariable String id,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, officer, model, response, redirect, caseId -> {
            vetting.open(caseId, officer.getName(), needToKnow.clearance(officer));
            return "The vetting file is open, with the standard hypotheses proposed.";
        });
    }

    @PostMapping({
        "/cases/{id}/vetting/hypotheses",
        "/cases/{id}/vetting/premise",
        "/cases/{id}/vetting/items",
        "/cases/{id}/vetting/ratings",
        "/cases/{id}/vetting/checklists",
        "/cases/{id}/vetting/conclusions"
    })
    String change(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication officer,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String what = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        return act(id, officer, model, response, redirect, caseId -> switch (what) {
            case "hypotheses" -> {
                vetting.addHypothesis(caseId, one(form, "text"), officer.getName(), version(form));
                yield "Hypothesis added.";
            }
            case "premise" -> {
                vetting.premise(caseId, required(form, "hypothesis"), officer.getName(), version(form));
                yield "The premise at the start is recorded.";
            }
            case "items" -> {
                String statement = one(form, "statement");
                String text = one(form, "text");
                String kind = one(form, "kind");
                String credibility = one(form, "credibility");
                String relevance = one(form, "relevance");
                vetting.addItem(
                        caseId,
                        statement,
                        text,
                        kind == null
                                ? (statement != null ? CaseFile.ItemKind.EVIDENCE : CaseFile.ItemKind.ARGUMENT)
                                : CaseFile.ItemKind.valueOf(kind),
                        credibility == null ? null : CaseFile.Weight.valueOf(credibility),
                        relevance == null ? CaseFile.Weight.MEDIUM : CaseFile.Weight.valueOf(relevance),
                        officer.getName(),
                        version(form));
                yield "Evidence row added.";
            }
            case "ratings" -> {
                List<VettingFiles.Cell> cells = new ArrayList<>();
                for (var entry : form.entrySet()) {
                    if (entry.getKey().startsWith("cell|") && !entry.getValue().isEmpty()) {
                        String value = entry.getValue().getFirst();
                        String[] parts = entry.getKey().split("\\|", 3);
                        if (value != null && !value.isBlank() && parts.length == 3) {
                            cells.add(new VettingFiles.Cell(parts[1], parts[2], CaseFile.Consistency.valueOf(value)));
                        }
                    }
                }
                VettingFiles.Rated rated = vetting.rate(caseId, cells, officer.getName(), version(form));
                yield rated.added() + (rated.added() == 1 ? " rating" : " ratings") + " added under your name.";
            }
            case "checklists" -> {
                vetting.answer(
                        caseId,
                        required(form, "question"),
                        one(form, "judgement"),
                        form.getOrDefault("items", List.of()).stream()
                                .filter(s -> s != null && !s.isBlank())
                                .toList(),
                        officer.getName(),
                        version(form));
                yield "Answered.";
            }
            default -> {
                String confidence = required(form, "confidence");
                conclusions.propose(
                        caseId,
                        one(form, "judgement"),
                        Likelihood.valueOf(confidence),
                        one(form, "watchFor"),
                        VettingController.signedIn(officer));
                yield "Conclusion proposed: it awaits a second vetting officer.";
            }
        });
    }

    @PostMapping("/cases/{id}/vetting/conclusions/approval")
    String approve(
            @PathVariable String id,
            @RequestParam String conclusion,
            @RequestParam long version,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, officer, model, response, redirect, caseId -> {
            if (conclusions
                    .find(conclusion)
                    .filter(c -> c.caseId().equals(caseId.value()))
                    .isEmpty()) {
                throw new IllegalArgumentException("this case has no conclusion '" + conclusion + "'");
            }
            conclusions.approve(conclusion, VettingController.signedIn(officer), version);
            return "The conclusion stands, approved by " + officer.getName()
                    + ": he is no longer treated as a suspect.";
        });
    }

    private String act(
            String id,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            java.util.function.Function<CaseId, String> action) {
        CaseId caseId = guard.readable(officer, id);
        try {
            redirect.addFlashAttribute("notice", guard.within(officer, caseId, action));
            return "redirect:/cases/" + caseId.value() + "/vetting";
        } catch (org.haven.exploitation.CaseFileRefused e) {
            response.setStatus(400);
            model.addAttribute(
                    "error",
                    String.join("; ", e.faults().stream().map(Object::toString).toList()));
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        } catch (CaseFileStore.ConcurrentCaseFileChange | VettingConclusions.ConcurrentConclusionChange e) {
            response.setStatus(409);
            model.addAttribute("error", "the vetting file changed meanwhile: look at it again, then send it.");
        } catch (org.haven.cases.TransitionRefused | org.haven.cases.MoveNotPermitted e) {
            response.setStatus(409);
            model.addAttribute("error", e.getMessage());
        }
        return page(id, officer, model);
    }

    private static long version(MultiValueMap<String, String> form) {
        try {
            return Long.parseLong(required(form, "version"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the form names the version of the file it was filled in on");
        }
    }

    private static @Nullable String one(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(MultiValueMap<String, String> form, String field) {
        String value = one(form, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is needed");
        }
        return value;
    }
}
