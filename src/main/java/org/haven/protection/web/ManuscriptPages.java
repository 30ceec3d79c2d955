package org.haven.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.haven.cases.CaseGuard;
import org.haven.cases.CaseId;
import org.haven.protection.Manuscripts;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manuscript review page: each manuscript's text with Haven's proposals marked beside it, a ruling form for each,
 * the decision and the appeal; a manuscript pasted as text, or a PDF sent by the page as its own body.
 */
@Controller
class ManuscriptPages {

    private final Manuscripts manuscripts;
    private final CaseGuard guard;

    ManuscriptPages(Manuscripts manuscripts, CaseGuard guard) {
        this.manuscripts = manuscripts;
        this.guard = guard;
    }

    /** A run of the text: plain, or a proposed passage with its number. */
    record Run(String text, @Nullable Integer passage) {}

    record Shown(Manuscripts.Manuscript manuscript, List<Run> runs) {}

    @GetMapping("/cases/{id}/manuscripts")
    String page(@PathVariable String id, Authentication reader, Model model) {
        CaseId caseId = guard.readable(reader, id);
        List<Shown> shown = new ArrayList<>();
        for (Manuscripts.Manuscript m : manuscripts.of(caseId)) {
            List<Run> runs = new ArrayList<>();
            int at = 0;
            for (Manuscripts.Passage p : m.passages()) {
                if (p.start() < at) {
                    continue; // overlapping proposals: the first stands marked
                }
                runs.add(new Run(m.content().substring(at, p.start()), null));
                runs.add(new Run(m.content().substring(p.start(), p.end()), p.n()));
                at = p.end();
            }
            runs.add(new Run(m.content().substring(at), null));
            shown.add(new Shown(m, runs));
        }
        model.addAttribute("caseId", caseId.value());
        model.addAttribute("shown", shown);
        model.addAttribute("rulings", Manuscripts.Ruling.values());
        model.addAttribute("reasons", Manuscripts.Reason.values());
        model.addAttribute("maySubmit", holds(reader, Role.HANDLER) || holds(reader, Role.RESETTLEMENT));
        model.addAttribute("mayReview", holds(reader, Role.PROTECTION));
        model.addAttribute("mayAppeal", holds(reader, Role.HANDLER));
        return "protection/manuscripts";
    }

    private static boolean holds(Authentication a, Role role) {
        return a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    @PostMapping("/cases/{id}/manuscripts/upload")
    String upload(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String title,
            @RequestHeader(name = "Content-Type", required = false) @Nullable String type,
            @RequestBody byte[] body,
            Authentication officer,
            RedirectAttributes redirect) {
        CaseId caseId = guard.readable(officer, id);
        String text = Manuscripts.text(body, type);
        Manuscripts.Manuscript m = guard.within(
                officer,
                caseId,
                c -> manuscripts.submit(
                        c,
                        title == null ? "" : title,
                        text,
                        type == null ? "text/plain" : type,
                        officer.getName(),
                        officer));
        redirect.addFlashAttribute("notice", submitted(m));
        return "redirect:/cases/" + caseId.value() + "/manuscripts";
    }

    private static String submitted(Manuscripts.Manuscript m) {
        return "Submitted: \"" + m.title() + "\", " + m.passages().size() + " passages proposed for review, due "
                + m.due().toString().substring(0, 10) + ".";
    }

    @PostMapping({
        "/cases/{id}/manuscripts",
        "/cases/{id}/manuscripts/rulings",
        "/cases/{id}/manuscripts/decision",
        "/cases/{id}/manuscripts/appeal"
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
            String notice = guard.within(officer, caseId, c -> {
                if (what.equals("manuscripts")) {
                    String text = form.getFirst("text");
                    if (text == null || text.isBlank()) {
                        throw new IllegalArgumentException("paste the manuscript's text, or send a PDF");
                    }
                    return submitted(manuscripts.submit(
                            c, String.valueOf(form.getFirst("title")), text, "text/plain", officer.getName(), officer));
                }
                String mid = String.valueOf(form.getFirst("manuscript"));
                if (manuscripts
                        .find(mid)
                        .filter(m -> m.caseId().equals(c.value()))
                        .isEmpty()) {
                    throw new IllegalArgumentException("this case has no manuscript '" + mid + "'");
                }
                long version;
                try {
                    version = Long.parseLong(String.valueOf(form.getFirst("version")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the form names the manuscript's version");
                }
                return switch (what) {
                    case "rulings" -> {
                        String reason = form.getFirst("reason");
                        int n;
                        try {
                            n = Integer.parseInt(String.valueOf(form.getFirst("passage")));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("which passage: its number");
                        }
                        manuscripts.rule(
                                mid,
                                n,
                                Manuscripts.Ruling.valueOf(String.valueOf(form.getFirst("ruling"))),
                                reason == null || reason.isBlank() ? null : Manuscripts.Reason.valueOf(reason),
                                form.getFirst("note"),
                                officer.getName(),
                                version);
                        yield "Passage " + n + " ruled.";
                    }
                    case "decision" -> {
                        manuscripts.decide(mid, form.getFirst("text"), officer.getName(), version);
                        yield "Decided: the decision goes back to him with its reasons.";
                    }
                    default -> {
                        manuscripts.appeal(mid, form.getFirst("text"), officer.getName(), version);
                        yield "Appealed: the review is open again.";
                    }
                };
            });
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + caseId.value() + "/manuscripts";
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return page(id, officer, model);
    }
}
