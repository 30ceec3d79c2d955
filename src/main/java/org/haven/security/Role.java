package org.haven.security;

/** The roles of the service's work; each may do what its work needs and no more. */
public enum Role {
    /** Receives approaches and keeps the decision clock. */
    RECEPTION("reception officer"),
    /** The case officer: handles the defector from acceptance to resettlement. */
    HANDLER("case officer"),
    /** Traces names and reads documents against the registry. */
    ANALYST("analyst"),
    /** Weighs bona fides and concludes vetting. */
    VETTING("vetting officer"),
    /** Protects him: custody, evacuation, threats. */
    PROTECTION("protection officer"),
    /** Resettles him under a new identity. */
    RESETTLEMENT("resettlement officer"),
    /** Reads the audit record: who saw and did what, and who was refused. */
    AUDITOR("auditor"),
    /** Studies the past cases. */
    HISTORIAN("historian"),
    /** Manages accounts; reads no case. */
    ADMIN("administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The authority Spring Security checks: {@code ROLE_HANDLER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
