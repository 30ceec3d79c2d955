package org.haven.registry.web;

import static org.haven.security.RequestRules.Rule.get;
import static org.haven.security.RequestRules.Rule.post;

import java.util.EnumSet;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** The name trace, name comparison and document ingest. */
@Component
class RegistryRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(
                get("/trace", TRACERS),
                get("/api/trace", TRACERS),
                post("/api/trace", TRACERS),
                post("/api/compare", TRACERS),
                get("/ingest", EnumSet.of(Role.ANALYST, Role.VETTING)),
                post("/ingest", EnumSet.of(Role.ANALYST, Role.VETTING)),
                post("/api/ingest", EnumSet.of(Role.ANALYST, Role.VETTING)));
    }
}
