package org.haven.study.web;

import org.haven.study.Figure;
import org.haven.study.StudyManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One figure of the study on a page, down to the cases and passages behind it. */
@Controller
class StudyPages {

    private final StudyManagement studies;

    StudyPages(StudyManagement studies) {
        this.studies = studies;
    }

    @GetMapping("/study/{figureId}")
    String figure(@PathVariable String figureId, Model model) {
        var study = studies.study();
        Figure figure = study.figure(figureId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The study has no figure '" + figureId + "'."));
        model.addAttribute("study", study);
        model.addAttribute("figure", figure);
        return "study/figure";
    }
}
