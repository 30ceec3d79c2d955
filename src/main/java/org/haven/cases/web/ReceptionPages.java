package org.haven.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseStates;
import org.haven.cases.CaseTask;
import org.haven.cases.DecisionClock;
import org.haven.cases.DefectionCase;
import org.haven.cases.RecordApproach;
import org.haven.cases.Setting;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duty officer's page: every approach awaiting a decision, the least time left first; and a new approach. */
@Controller
class ReceptionPages {

    private final DecisionClock decisions;
    private final CaseManagement management;
    private final org.haven.cases.LiveCases cases;
    private final Clock clock;
    private final NeedToKnow needToKnow;

    ReceptionPages(
            DecisionClock decisions,
            CaseManagement management,
            org.haven.cases.LiveCases cases,
            Clock clock,
            NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
        this.decisions = decisions;
        this.cases = cases;
        this.management = management;
        this.clock = clock;
    }

    /** The desk: decisions due, the live cases, and the open tasks (of one officer, with {@code owner}). */
    @GetMapping("/decisions")
    String decisionsDue(@RequestParam(required = false) @Nullable String owner, Authentication officer, Model model) {
        List<DefectionCase> live = cases.readableBy(officer);
        String who = owner == null ? "" : owner.strip();
        Instant now = clock.instant();
        List<OpenTask> tasks = cases.openTasks(live, o -> who.isEmpty() || o.equals(who)).stream()
                .map(t -> new OpenTask(t.task(), t.of().displayName(), t.task().overdue(now)))
                .toList();
        model.addAttribute("live", live);
        model.addAttribute("tasks", tasks);
        model.addAttribute("owner", owner == null ? "" : owner.strip());
        model.addAttribute(
                "due", needToKnow.visible(officer, CaseStates.CASE, decisions.due(), DecisionClock.Due::caseId));
        model.addAttribute("now", clock.instant());
        model.addAttribute("times", new Timeline.Times());
        model.addAttribute("settings", Setting.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Typed.EMPTY);
            model.addAttribute("fieldErrors", Map.of());
        }
        return "cases/decisions";
    }

    /** An approach recorded from the page: the case is opened, its decision clock started, and its page shown. */
    @PostMapping("/approaches")
    String recordApproach(
            @RequestParam(defaultValue = "") String nameGiven,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(required = false) @Nullable Setting setting,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(required = false) String offers,
            @RequestParam(required = false) String fears,
            @RequestParam(required = false) String othersWhoKnow,
            Authentication officer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            DefectionCase opened = management.recordApproach(new RecordApproach(
                    nameGiven.strip(),
                    place.strip(),
                    country.strip(),
                    setting,
                    recipient.strip(),
                    blankToNull(offers),
                    blankToNull(fears),
                    blankToNull(othersWhoKnow),
                    officer.getName(),
                    null,
                    null));
            redirect.addFlashAttribute(
                    "notice",
                    "Approach recorded. The decision is due by "
                            + new Timeline.Times()
                                    .minutes(java.util.Objects.requireNonNull(
                                                    opened.lifecycle().approach())
                                            .decisionDue())
                            + ".");
            return "redirect:" + CasePages.href(opened.id());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String field = FIELDS.keySet().stream()
                    .filter(f -> e.getMessage() != null && e.getMessage().startsWith(f + " "))
                    .findFirst()
                    .orElse(null);
            String said = inWords(e.getMessage());
            model.addAttribute("error", said);
            model.addAttribute("fieldErrors", field == null ? Map.of() : Map.of(field, said));
            model.addAttribute(
                    "typed", new Typed(nameGiven, place, country, setting, recipient, offers, fears, othersWhoKnow));
            return decisionsDue(null, officer, model);
        }
    }

    /** The approach form's fields, as the officer reads them: a refusal names the field in these words. */
    static final Map<String, String> FIELDS = new java.util.LinkedHashMap<>();

    static {
        FIELDS.put("nameGiven", "the name he gives");
        FIELDS.put("place", "the place");
        FIELDS.put("country", "the country");
        FIELDS.put("setting", "where he was received");
        FIELDS.put("recipient", "to whom he turned");
        FIELDS.put("offers", "what he offers");
        FIELDS.put("fears", "what he fears");
        FIELDS.put("othersWhoKnow", "who else knows he is here");
    }

    /** A refusal with its field codes in words: "nameGiven is required" → "the name he gives is required". */
    static String inWords(@Nullable String message) {
        String said = message == null ? "the approach was refused" : message;
        for (var f : FIELDS.entrySet()) {
            said = said.replaceAll("\\b" + f.getKey() + "\\b", f.getValue());
        }
        return Character.toUpperCase(said.charAt(0)) + said.substring(1) + (said.endsWith(".") ? "" : ".");
    }

    /** What the officer typed into the approach form, given back when it is refused. */
    record Typed(
            @Nullable String nameGiven,
            @Nullable String place,
            @Nullable String country,
            @Nullable Setting setting,
            @Nullable String recipient,
            @Nullable String offers,
            @Nullable String fears,
            @Nullable String othersWhoKnow) {

        static final Typed EMPTY = new Typed(null, null, null, null, null, null, null, null);

        /** A text field as typed, by its name. */
        public @Nullable String value(String field) {
            return switch (field) {
                case "nameGiven" -> nameGiven;
                case "place" -> place;
                case "country" -> country;
                case "recipient" -> recipient;
                default -> null;
            };
        }
    }

    /** An open task, with the name of its case. */
    record OpenTask(CaseTask task, String caseName, boolean overdue) {}

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
