package org.haven.protection.web;

import static org.haven.security.RequestRules.Rule.get;
import static org.haven.security.RequestRules.Rule.post;
import static org.haven.security.RequestRules.Rule.put;

import java.util.EnumSet;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** Protected details, and the rotation of the keys that encrypt them. */
@Component
class ProtectionRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(
                put("/api/cases/*/protected/*", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                get("/api/cases/*/protected/*", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                post("/api/keys/*/rotation", EnumSet.of(Role.ADMIN)));
    }
}
