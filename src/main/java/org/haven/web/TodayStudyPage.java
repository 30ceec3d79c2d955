package org.haven.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.haven.cases.DefectionCase;
import org.haven.cases.LiveCases;
import org.haven.cases.Track;
import org.haven.cases.TrackState;
import org.haven.study.Figure;
import org.haven.study.Study;
import org.haven.study.StudyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 1948 questions asked of today's cases: of the live cases the officer may read, where and to whom they came,
 * how they were received, how long the decision took, how many were lost before it, how many are being exploited;
 * each answer beside the 1948 figure, and each group leading to the cases in it. What the live records do not hold
 * (whether he was recalled, the stimulus) is said to be unknown, never counted as no.
 */
@Controller
class TodayStudyPage {

    private final LiveCases live;
    private final StudyManagement studies;

    TodayStudyPage(LiveCases live, StudyManagement studies) {
        this.live = live;
        this.studies = studies;
    }

    /** A group of today's cases, with the cases in it. */
    record Group(String label, List<DefectionCase> cases) {}

    /**
     * One question.
     *
     * @param id the anchor, and the drill-down's name
     * @param groups the answers, with the cases behind each
     * @param unknown the cases whose records do not answer it
     * @param figure the 1948 figure it is asked beside
     * @param silent why the live records cannot answer, when they cannot
     */
    record Question(
            String id,
            String title,
            List<Group> groups,
            List<DefectionCase> unknown,
            @Nullable Figure figure,
            @Nullable String silent) {}

    @GetMapping("/study/today")
    String page(
            @RequestParam(required = false) @Nullable String question,
            @RequestParam(required = false) @Nullable String group,
            Authentication officer,
            Model model) {
        List<DefectionCase> cases = live.readableBy(officer);
        Study study = studies.study();
        List<Question> questions = questions(cases, study);
        model.addAttribute("cases", cases);
        model.addAttribute("questions", questions);
        model.addAttribute("study", study);
        Optional<Question> asked =
                questions.stream().filter(q -> q.id().equals(question)).findFirst();
        Optional<Group> chosen = asked.flatMap(
                q -> q.groups().stream().filter(g -> g.label().equals(group)).findFirst());
        model.addAttribute("asked", asked.orElse(null));
        model.addAttribute("chosen", chosen.orElse(null));
        if (question != null && asked.isEmpty()) {
            throw new IllegalArgumentException("there is no question '" + question + "' of today's cases");
        }
        return "study/today";
    }

    static List<Question> questions(List<DefectionCase> cases, Study study) {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question(
                "recalled-before-defection",
                "Recalled to the USSR before defecting",
                List.of(),
                cases,
                study.figure("recalled-before-defection").orElse(null),
                "An approach's record does not ask whether he had been recalled: unknown for every case until a"
                        + " debriefing records it."));
        questions.add(new Question(
                "stimuli",
                "The immediate stimulus",
                List.of(),
                cases,
                study.figure("stimuli").orElse(null),
                "An approach's record does not ask what moved him to come now: unknown for every case."));
        questions.add(grouped(
                "where-defected",
                "Where they came (country)",
                cases,
                c -> c.approach().country(),
                study.figure("where-defected").orElse(null)));
        questions.add(grouped(
                "chosen-recipient",
                "To whom they turned",
                cases,
                c -> c.approach().recipient(),
                study.figure("chosen-recipient").orElse(null)));
        questions.add(grouped(
                "setting",
                "Received in the field or at a mission abroad",
                cases,
                c -> c.approach().setting().name().equals("FIELD") ? "in the field" : "at a mission abroad",
                null));
        questions.add(grouped(
                "lost-before-decision",
                "Lost before a decision was made",
                cases,
                c -> {
                    TrackState reception = c.lifecycle().state(Track.RECEPTION);
                    if (reception == TrackState.LOST) {
                        return "lost before the decision";
                    }
                    return c.approach().decided() ? "decided" : null; // still awaited: not yet known
                },
                study.figure("lost-before-decision").orElse(null)));
        questions.add(grouped(
                "time-to-decision",
                "Time to decision",
                cases,
                c -> {
                    Duration took = c.approach().timeToDecision();
                    if (took == null || c.lifecycle().state(Track.RECEPTION) == TrackState.LOST) {
                        return null;
                    }
                    return took.compareTo(Duration.ofHours(6)) <= 0
                            ? "within 6 hours"
                            : took.compareTo(Duration.ofHours(24)) <= 0
                                    ? "within a day"
                                    : took.compareTo(Duration.ofDays(3)) <= 0 ? "within 3 days" : "longer";
                },
                null));
        questions.add(grouped(
                "exploited",
                "Exploitation",
                cases,
                c -> {
                    TrackState state = c.lifecycle().state(Track.EXPLOITATION);
                    if (state == TrackState.IN_EXPLOITATION) {
                        return "being exploited";
                    }
                    if (state == TrackState.EXPLOITATION_ENDED) {
                        return "exploitation ended";
                    }
                    return c.approach().decided() ? "not begun" : null;
                },
                study.figure("exploited").orElse(null)));
        return questions;
    }

    /** The cases grouped by an answer; a case whose record gives none is unknown. */
    private static Question grouped(
            String id,
            String title,
            List<DefectionCase> cases,
            Function<DefectionCase, @Nullable String> answer,
            @Nullable Figure figure) {
        Map<String, List<DefectionCase>> groups = new LinkedHashMap<>();
        List<DefectionCase> unknown = new ArrayList<>();
        for (DefectionCase c : cases) {
            String a = answer.apply(c);
            if (a == null || a.isBlank()) {
                unknown.add(c);
            } else {
                groups.computeIfAbsent(a.strip(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Group> sorted = groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()))
                .sorted((a, b) -> b.cases().size() != a.cases().size()
                        ? Integer.compare(b.cases().size(), a.cases().size())
                        : a.label().compareTo(b.label()))
                .toList();
        return new Question(id, title, sorted, unknown, figure, null);
    }
}
