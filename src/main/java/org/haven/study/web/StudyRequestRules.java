package org.haven.study.web;

import static org.haven.security.RequestRules.Rule.get;

import java.util.List;
import org.haven.security.RequestRules;
import org.springframework.stereotype.Component;

/** The study, as pages and as data. */
@Component
class StudyRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(get("/study", READERS), get("/study/*", READERS), get("/api/study", READERS));
    }
}
