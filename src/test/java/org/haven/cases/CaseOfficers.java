package org.haven.cases;

import org.haven.security.Role;

/** Officers of each kind, two of each where four eyes are needed. */
final class CaseOfficers {

    static final Officer RECEPTION_1 = Officer.of("reception-1", Role.RECEPTION);
    static final Officer RECEPTION_2 = Officer.of("reception-2", Role.RECEPTION);
    static final Officer HANDLER_1 = Officer.of("handler-1", Role.HANDLER);
    static final Officer VETTING_1 = Officer.of("vetting-1", Role.VETTING);
    static final Officer VETTING_2 = Officer.of("vetting-2", Role.VETTING);
    static final Officer PROTECTION_1 = Officer.of("protection-1", Role.PROTECTION);
    static final Officer RESETTLEMENT_1 = Officer.of("resettlement-1", Role.RESETTLEMENT);
    static final Officer ANALYST_1 = Officer.of("analyst-1", Role.ANALYST);

    private CaseOfficers() {}
}
