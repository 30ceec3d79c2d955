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

    /** Those who work live cases read the threat board; protection officers keep it. */
    private static final java.util.Set<Role> READERS =
            EnumSet.of(Role.RECEPTION, Role.HANDLER, Role.ANALYST, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT);

    private static final java.util.Set<Role> GUARDS = EnumSet.of(Role.PROTECTION);

    /** The custodians of a cover identity: resettlement officers. */
    private static final java.util.Set<Role> CUSTODIANS = EnumSet.of(Role.RESETTLEMENT);

    @Override
    public List<Rule> rules() {
        return List.of(
                put("/api/cases/*/protected/*", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                get("/api/cases/*/protected/*", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                post("/api/keys/*/rotation", EnumSet.of(Role.ADMIN)),
                get("/cases/*/protection", READERS),
                get("/api/cases/*/protection", READERS),
                post("/cases/*/protection/threats", GUARDS),
                post("/cases/*/protection/measures", GUARDS),
                post("/cases/*/protection/relatives", EnumSet.of(Role.HANDLER, Role.PROTECTION)),
                post("/cases/*/protection/contacts", EnumSet.of(Role.HANDLER)),
                post("/cases/*/protection/whereabouts", GUARDS),
                post("/cases/*/protection/protected/*", java.util.EnumSet.of(Role.RESETTLEMENT)),
                post("/api/cases/*/protection/threats", GUARDS),
                post("/api/cases/*/protection/measures", GUARDS),
                post("/api/cases/*/protection/relatives", EnumSet.of(Role.HANDLER, Role.PROTECTION)),
                post("/api/cases/*/protection/contacts", EnumSet.of(Role.HANDLER)),
                get("/api/cases/*/reveals", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                post("/api/cases/*/reveals", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                post("/api/cases/*/reveals/break-glass", GUARDS),
                post("/api/cases/*/reveals/*/approval", CUSTODIANS),
                post("/api/cases/*/reveals/*/refusal", CUSTODIANS),
                post("/api/cases/*/reveals/*/revocation", CUSTODIANS),
                post("/api/cases/*/reveals/*/review", GUARDS),
                post("/cases/*/reveals", EnumSet.of(Role.PROTECTION, Role.RESETTLEMENT)),
                post("/cases/*/reveals/break-glass", GUARDS),
                post("/cases/*/reveals/approval", CUSTODIANS),
                post("/cases/*/reveals/refusal", CUSTODIANS),
                post("/cases/*/reveals/revocation", CUSTODIANS),
                post("/cases/*/reveals/review", GUARDS),
                get("/api/cases/*/manuscripts", READERS),
                post("/api/cases/*/manuscripts", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT)),
                post("/api/cases/*/manuscripts/*/rulings", GUARDS),
                post("/api/cases/*/manuscripts/*/decision", GUARDS),
                post("/api/cases/*/manuscripts/*/appeal", EnumSet.of(Role.HANDLER)),
                get("/cases/*/manuscripts", READERS),
                post("/cases/*/manuscripts", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT)),
                post("/cases/*/manuscripts/upload", EnumSet.of(Role.HANDLER, Role.RESETTLEMENT)),
                post("/cases/*/manuscripts/rulings", GUARDS),
                post("/cases/*/manuscripts/decision", GUARDS),
                post("/cases/*/manuscripts/appeal", EnumSet.of(Role.HANDLER)),
                get("/api/cases/*/resettlement", READERS),
                post("/api/cases/*/resettlement", EnumSet.of(Role.RESETTLEMENT)),
                post("/api/cases/*/resettlement/milestones", EnumSet.of(Role.RESETTLEMENT)),
                post("/cases/*/resettlement", EnumSet.of(Role.RESETTLEMENT)),
                post("/cases/*/resettlement/milestones", EnumSet.of(Role.RESETTLEMENT)));
    }
}
