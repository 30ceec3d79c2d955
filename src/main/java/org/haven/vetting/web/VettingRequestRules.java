package org.haven.vetting.web;

import static org.haven.security.RequestRules.Rule.get;
import static org.haven.security.RequestRules.Rule.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** The vetting file: read by those who work live cases; weighed, rated and concluded by vetting officers alone. */
@Component
class VettingRequestRules implements RequestRules {

    private static final Set<Role> READERS =
            EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.ANALYST, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT);
    private static final Set<Role> VETTERS = EnumSet.of(Role.VETTING);

    @Override
    public List<Rule> rules() {
        return List.of(
                get("/api/cases/*/vetting", READERS),
                post("/api/cases/*/vetting", VETTERS),
                post("/api/cases/*/vetting/*", VETTERS),
                post("/api/cases/*/vetting/conclusions/*/approval", VETTERS),
                get("/cases/*/vetting", READERS),
                post("/cases/*/vetting", VETTERS),
                post("/cases/*/vetting/*", VETTERS),
                post("/cases/*/vetting/conclusions/approval", VETTERS));
    }
}
