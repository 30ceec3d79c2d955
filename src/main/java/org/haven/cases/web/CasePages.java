package org.haven.cases.web;

import org.haven.cases.Attribute;
import org.haven.cases.CaseId;
import org.haven.cases.CaseNotFound;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case on one page: its defectors, every fact, and the passage behind each. */
@Controller
class CasePages {

    private final Cases cases;

    CasePages(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable String id, Model model) {
        CaseId caseId = new CaseId(id);
        DefectionCase found = cases.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        model.addAttribute("kase", found);
        model.addAttribute(
                "attributes",
                Attribute.of(Attribute.Subject.DEFECTOR).stream()
                        .filter(a -> a != Attribute.NAMES)
                        .toList());
        model.addAttribute("caseAttributes", Attribute.of(Attribute.Subject.CASE));
        return "cases/case";
    }
}
