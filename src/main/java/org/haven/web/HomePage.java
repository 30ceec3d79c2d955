package org.haven.web;

import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.study.StudyManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: the cases of the register and the study's figures. */
@Controller
class HomePage {

    private final Archive cases;
    private final StudyManagement studies;

    HomePage(Archive cases, StudyManagement studies) {
        this.cases = cases;
        this.studies = studies;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cases", cases.findAll());
        model.addAttribute("study", studies.study());
        model.addAttribute("recalled", Attribute.RECALLED_BEFORE_DEFECTION);
        model.addAttribute("exploited", Attribute.EXPLOITED);
        model.addAttribute("service", Attribute.SERVICE);
        model.addAttribute("country", Attribute.DEFECTION_COUNTRY);
        model.addAttribute("city", Attribute.DEFECTION_CITY);
        return "home";
    }
}
