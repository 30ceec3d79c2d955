package org.haven.web;

import static org.haven.security.RequestRules.Rule.get;

import java.util.EnumSet;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** The home page, and the auditor's view of the audit record. */
@Component
class WebRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(
                get("/", EnumSet.allOf(Role.class)),
                get("/audit", EnumSet.of(Role.AUDITOR)),
                get("/audit.csv", EnumSet.of(Role.AUDITOR)),
                get("/cases", READERS),
                get("/cases.csv", READERS),
                get("/tasks.csv", CASE_WORK),
                get("/api/audit", EnumSet.of(Role.AUDITOR)));
    }
}
