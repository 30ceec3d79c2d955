package org.haven.security.internal;

import static org.haven.security.RequestRules.Rule.get;
import static org.haven.security.RequestRules.Rule.post;

import java.util.EnumSet;
import java.util.List;
import org.haven.security.RequestRules;
import org.haven.security.Role;
import org.springframework.stereotype.Component;

/** Accounts, and the API's description, which every signed-in user may read. */
@Component
class SecurityRequestRules implements RequestRules {

    @Override
    public List<Rule> rules() {
        return List.of(
                get("/api/accounts", EnumSet.of(Role.ADMIN)),
                post("/api/accounts", EnumSet.of(Role.ADMIN)),
                post("/api/accounts/*/*", EnumSet.of(Role.ADMIN)),
                org.haven.security.RequestRules.Rule.put("/api/accounts/*/roles", EnumSet.of(Role.ADMIN)),
                get("/accounts", EnumSet.of(Role.ADMIN)),
                post("/accounts", EnumSet.of(Role.ADMIN)),
                post("/accounts/*/*", EnumSet.of(Role.ADMIN)),
                get("/api-docs", EnumSet.allOf(Role.class)),
                get("/api-docs/**", EnumSet.allOf(Role.class)),
                get("/swagger-ui/**", EnumSet.allOf(Role.class)));
    }
}
