package org.haven.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.haven.cases.CaseId;
import org.haven.cases.CaseNotFound;
import org.haven.cases.CaseView;
import org.haven.cases.Cases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case register over HTTP. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "The case register: defection cases, their defectors and the sources of every fact")
class CasesController {

    private final Cases cases;

    CasesController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Every case, ordered by date of defection")
    List<CaseView> all() {
        return cases.findAll().stream().map(CaseView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with every fact, unknown ones marked, and the passages behind them")
    CaseView one(@PathVariable String id) {
        CaseId caseId = new CaseId(id);
        return cases.findById(caseId).map(CaseView::of).orElseThrow(() -> new CaseNotFound(caseId));
    }
}
