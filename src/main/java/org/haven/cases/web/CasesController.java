package org.haven.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.haven.cases.CaseId;
import org.haven.cases.CaseStates;
import org.haven.cases.CaseView;
import org.haven.cases.Cases;
import org.haven.security.NeedToKnow;
import org.haven.security.Officers;
import org.springframework.security.core.Authentication;
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
    private final NeedToKnow needToKnow;

    private final CaseAccess access;
    private final PastCases past;

    CasesController(Cases cases, NeedToKnow needToKnow, CaseAccess access, PastCases past) {
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.access = access;
        this.past = past;
    }

    @GetMapping
    @Operation(
            summary = "Every case: the records of past studies by date of defection, then the live cases the reader"
                    + " may see, the earliest approach first")
    List<CaseView> all(Authentication reader) {
        List<CaseView> all = new java.util.ArrayList<>(past.views());
        if (Officers.mayWorkLiveCases(reader)) {
            needToKnow.visible(reader, CaseStates.CASE, cases.findAll(), c -> c.id().value()).stream()
                    .map(CaseView::of)
                    .forEach(all::add);
        }
        return all;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with every fact, unknown ones marked, and the passages behind them")
    CaseView one(@PathVariable String id, Authentication reader) {
        CaseId caseId = new CaseId(id);
        return past.view(caseId).orElseGet(() -> CaseView.of(access.read(reader, caseId)));
    }
}
