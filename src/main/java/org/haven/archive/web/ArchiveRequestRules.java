package org.haven.archive.web;

import static org.haven.security.RequestRules.Rule.get;

import java.util.List;
import org.haven.security.RequestRules;
import org.springframework.stereotype.Component;

/** The past cases and the link chart, open to every reader. */
@Component
class ArchiveRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(get("/links", READERS), get("/archive/cases/*", READERS));
    }
}
