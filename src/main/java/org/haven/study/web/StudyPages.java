package org.haven.study.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.haven.study.Evidence;
import org.haven.study.Figure;
import org.haven.study.Study;
import org.haven.study.StudyManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The study as charts, and each figure on a page of its own, down to the cases and passages behind it. */
@Controller
class StudyPages {

    private final StudyManagement studies;
    private final JsonMapper json;

    StudyPages(StudyManagement studies, JsonMapper json) {
        this.studies = studies;
        this.json = json;
    }

    @GetMapping("/study")
    String pictures(Model model) {
        Study study = studies.study();
        Charts charts = Charts.of(study);
        model.addAttribute("study", study);
        model.addAttribute("charts", charts.charts());
        model.addAttribute("chartData", json.writeValueAsString(charts.charts()));
        return "study/charts";
    }

    /** A figure, or with {@code group} one group of it: the defectors in it, their facts and passages. */
    @GetMapping("/study/{figureId}")
    String figure(@PathVariable String figureId, @RequestParam(required = false) String group, Model model) {
        var study = studies.study();
        Figure figure = study.figure(figureId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The study has no figure '" + figureId + "'."));
        List<Evidence> evidence = figure.evidence();
        Figure.Group selected = null;
        if (group != null) {
            selected = figure.breakdown().stream()
                    .filter(g -> g.value().equals(group))
                    .findFirst()
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "The figure '" + figureId + "' has no group '" + group + "'."));
            Set<String> members = Set.copyOf(selected.members());
            Set<String> values = new HashSet<>(List.of(selected.value(), selected.label()));
            evidence = evidence.stream()
                    .filter(e -> members.contains(e.defector()))
                    .map(e -> {
                        // The facts that put him in this group; all his deciding facts where none is worded so.
                        var facts = e.facts().stream()
                                .filter(f -> values.contains(f.value()))
                                .toList();
                        return facts.isEmpty() ? e : new Evidence(e.defector(), e.caseId(), facts);
                    })
                    .toList();
        }
        model.addAttribute("study", study);
        model.addAttribute("figure", figure);
        model.addAttribute("group", selected);
        model.addAttribute("evidence", evidence);
        return "study/figure";
    }
}
