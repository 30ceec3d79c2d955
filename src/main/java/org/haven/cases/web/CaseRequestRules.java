package org.haven.cases.web;

import static org.haven.security.RequestRules.Rule.get;
import static org.haven.security.RequestRules.Rule.post;

import java.util.EnumSet;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** The case register, reception, the moves of a case, its tasks, its label and its log. */
@Component
class CaseRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(
                get("/links", READERS),
                get("/cases/*", READERS),
                get("/api/cases", READERS),
                get("/api/cases/*", READERS),
                get("/decisions", CASE_WORK),
                get("/api/decisions", CASE_WORK),
                post("/approaches", EnumSet.of(Role.RECEPTION)),
                post("/api/approaches", EnumSet.of(Role.RECEPTION)),
                // Each move names the roles that may propose and approve it; these let in those who may make any.
                post("/cases/*/moves", CASE_WORK),
                post("/cases/*/approval", CASE_WORK),
                post("/api/cases/*/moves/*", CASE_WORK),
                post("/api/cases/*/approval", CASE_WORK),
                post(
                        "/api/cases/*/custody-pending-decision",
                        EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.PROTECTION)),
                post("/cases/*/custody-pending-decision", EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.PROTECTION)),
                get("/api/cases/*/tasks", CASE_WORK),
                post("/api/cases/*/tasks", CASE_WORK),
                post("/api/tasks/*/completion", CASE_WORK),
                get("/api/cases/*/audit", EnumSet.of(Role.AUDITOR, Role.HANDLER)),
                get("/api/cases/*/label", CASE_WORK),
                post("/api/cases/*/label", EnumSet.of(Role.HANDLER, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT)));
    }
}
