package org.haven.cases.web;

import java.time.Clock;
import org.haven.cases.DecisionClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The duty officer's page: every approach awaiting a decision, the least time left first. */
@Controller
class ReceptionPages {

    private final DecisionClock decisions;
    private final Clock clock;

    ReceptionPages(DecisionClock decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/decisions")
    String decisionsDue(Model model) {
        model.addAttribute("due", decisions.due());
        model.addAttribute("now", clock.instant());
        return "cases/decisions";
    }
}
