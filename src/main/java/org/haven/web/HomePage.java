package org.haven.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.security.Officers;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.haven.study.StudyManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page, his own: what his roles have him do now, each in a section with the first few items and a link to
 * the rest; then, for those who read cases, the register of the 1948 study and its figures.
 */
@Controller
class HomePage {

    private final Archive cases;
    private final StudyManagement studies;
    private final List<WorkAtHand> work;

    HomePage(Archive cases, StudyManagement studies, List<WorkAtHand> work) {
        this.cases = cases;
        this.studies = studies;
        this.work =
                work.stream().sorted(Comparator.comparingInt(WorkAtHand::order)).toList();
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        Set<Role> roles = Officers.roles(user);
        model.addAttribute(
                "work",
                work.stream()
                        .filter(w -> w.roles().stream().anyMatch(roles::contains))
                        .map(w -> w.of(user))
                        .toList());
        model.addAttribute("roles", roles.stream().sorted().map(Role::title).toList());
        boolean readsCases = roles.stream().anyMatch(r -> r != Role.ADMIN);
        model.addAttribute("readsCases", readsCases);
        if (readsCases) {
            model.addAttribute("cases", cases.findAll());
            model.addAttribute("study", studies.study());
        }
        model.addAttribute("recalled", Attribute.RECALLED_BEFORE_DEFECTION);
        model.addAttribute("exploited", Attribute.EXPLOITED);
        model.addAttribute("service", Attribute.SERVICE);
        model.addAttribute("country", Attribute.DEFECTION_COUNTRY);
        model.addAttribute("city", Attribute.DEFECTION_CITY);
        return "home";
    }
}
