package org.haven.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseNotFound;
import org.haven.cases.Cases;
import org.haven.cases.ConcurrentCaseChange;
import org.haven.cases.DefectionCase;
import org.haven.cases.MoveNotPermitted;
import org.haven.cases.PendingApproval;
import org.haven.cases.Track;
import org.haven.cases.Transition;
import org.haven.cases.TransitionRefused;
import org.haven.security.Officers;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A case on one page: its defectors, every fact and the passage behind each, its timeline, and for a live case
 * its approach, the move awaiting a second officer, its tasks, and the moves an officer can make from here.
 */
@Controller
class CasePages {

    private final Cases cases;
    private final CaseManagement management;
    private final Clock clock;
    private final CaseAccess access;

    private final PastCases past;

    CasePages(Cases cases, CaseManagement management, Clock clock, CaseAccess access, PastCases past) {
        this.past = past;
        this.access = access;
        this.cases = cases;
        this.management = management;
        this.clock = clock;
    }

    /** A live case's page; a past case's is the archive's, at the same address. */
    @GetMapping("/cases/{id}")
    String show(@PathVariable String id, Authentication reader, Model model) {
        CaseId caseId = new CaseId(id);
        if (past.holds(caseId)) {
            return "forward:/archive/cases/" + caseId.value();
        }
        return page(access.read(reader, caseId), model, reader, null);
    }

    /** An officer's move from the case page; a four-eyes move is proposed and awaits a second officer. */
    @PostMapping("/cases/{id}/moves")
    String move(
            @PathVariable String id,
            @RequestParam String verb,
            @RequestParam String reason,
            @RequestParam long version,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = access.movable(officer, id);
        Transition transition = Transition.ofVerb(verb).orElse(null);
        if (transition == null) {
            return refused(caseId, model, response, officer, "There is no move '" + verb + "'.");
        }
        try {
            var change = access.within(
                    officer,
                    caseId,
                    kase -> management.perform(kase, transition, SignedIn.officer(officer), reason.strip(), version));
            redirect.addFlashAttribute(
                    "notice",
                    change.awaitsApproval()
                            ? "Proposed: " + transition.verb() + ". It awaits the approval of a second officer."
                            : "Done: " + Timeline.words(change.event().action()) + ".");
            return "redirect:" + href(caseId);
        } catch (TransitionRefused | MoveNotPermitted | ConcurrentCaseChange | IllegalArgumentException e) {
            return refused(caseId, model, response, officer, e.getMessage());
        }
    }

    /**
     * The fallback of an approach whose decision is late: protective custody pending decision, from the button on
     * decisions due; the decision is still awaited and its clock runs on.
     */
    @PostMapping("/cases/{id}/custody-pending-decision")
    String custodyPendingDecision(
            @PathVariable String id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = access.movable(officer, id);
        try {
            access.within(
                    officer,
                    caseId,
                    kase -> management.takeIntoCustodyPendingDecision(
                            kase,
                            SignedIn.officer(officer),
                            reason.isBlank() ? "the fallback of a decision not taken in time" : reason.strip(),
                            version));
            redirect.addFlashAttribute(
                    "notice", "Taken into protective custody pending decision; the decision is still due.");
            return "redirect:/decisions";
        } catch (TransitionRefused | MoveNotPermitted | ConcurrentCaseChange | IllegalArgumentException e) {
            return refused(caseId, model, response, officer, e.getMessage());
        }
    }

    /** A second officer's approval of the move awaiting it. */
    @PostMapping("/cases/{id}/approval")
    String approve(
            @PathVariable String id,
            @RequestParam long version,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CaseId caseId = access.movable(officer, id);
        try {
            access.within(officer, caseId, kase -> management.approve(kase, SignedIn.officer(officer), version));
            redirect.addFlashAttribute("notice", "Approved by " + officer.getName() + ".");
            return "redirect:" + href(caseId);
        } catch (TransitionRefused | MoveNotPermitted | ConcurrentCaseChange | IllegalArgumentException e) {
            return refused(caseId, model, response, officer, e.getMessage());
        }
    }

    /** The case page again, answered 409, saying why the move was refused; nothing was changed. */
    private String refused(
            CaseId id, Model model, HttpServletResponse response, Authentication reader, @Nullable String reason) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(load(id), model, reader, reason == null ? "The move was refused." : reason);
    }

    private DefectionCase load(CaseId id) {
        return cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
    }

    private String page(DefectionCase found, Model model, Authentication reader, @Nullable String error) {
        model.addAttribute("kase", found);
        model.addAttribute("error", error);
        var tasks = management.tasks(found.id());
        model.addAttribute("tasks", tasks);
        model.addAttribute(
                "timeline",
                Timeline.of(
                        found,
                        management.auditTrail(found.id()).stream()
                                .filter(e -> e.subjectState() != null)
                                .toList(),
                        tasks,
                        clock.instant()));
        Set<Role> roles = Officers.roles(reader);
        List<Transition> open = found.allowedMoves();
        model.addAttribute("tracks", Arrays.asList(Track.values()));
        model.addAttribute(
                "moves", open.stream().filter(t -> t.mayBeProposedBy(roles)).toList());
        model.addAttribute(
                "othersMoves",
                open.stream()
                        .filter(t -> !t.mayBeProposedBy(roles))
                        .map(t -> t.verb() + " (" + SignedIn.titles(t.proposers()) + ")")
                        .toList());
        PendingApproval pending = found.lifecycle().pending();
        model.addAttribute(
                "mayApprove",
                pending != null
                        && pending.transition().mayBeApprovedBy(roles)
                        && !pending.proposedBy().equals(reader.getName()));
        model.addAttribute(
                "approvalNote",
                pending == null
                        ? ""
                        : pending.proposedBy().equals(reader.getName())
                                ? "You proposed it: a second officer (a "
                                        + SignedIn.titles(pending.transition().approvers()) + ") must approve it."
                                : "Approval is for a "
                                        + SignedIn.titles(pending.transition().approvers()) + ".");
        model.addAttribute("now", clock.instant());
        model.addAttribute("times", new Timeline.Times());
        return "cases/case";
    }

    static String href(CaseId id) {
        return UriComponentsBuilder.fromPath("/cases/{id}")
                .buildAndExpand(id.value())
                .encode()
                .toUriString();
    }
}
