package org.haven.cases;

import static org.haven.cases.CaseStatus.ACCEPTED;
import static org.haven.cases.CaseStatus.APPROACHED;
import static org.haven.cases.CaseStatus.CLOSED;
import static org.haven.cases.CaseStatus.DECLINED;
import static org.haven.cases.CaseStatus.EVACUATED;
import static org.haven.cases.CaseStatus.IN_EXPLOITATION;
import static org.haven.cases.CaseStatus.IN_PROTECTIVE_CUSTODY;
import static org.haven.cases.CaseStatus.LOST;
import static org.haven.cases.CaseStatus.REOPENED;
import static org.haven.cases.CaseStatus.RESETTLED;
import static org.haven.cases.CaseStatus.UNDER_VETTING;
import static org.haven.cases.CaseStatus.VETTING_CONCLUDED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of a case's life, named with the domain's verbs: from which states each is allowed, where it leads,
 * the event it records, and whether a second officer must approve it.
 */
public enum Transition {
    ACCEPT("accept", "DefectorAccepted", ACCEPTED, true, APPROACHED),
    DECLINE("decline", "ApproachDeclined", DECLINED, false, APPROACHED),
    MARK_LOST("mark-lost", "DefectorLost", LOST, false, APPROACHED),
    TAKE_INTO_PROTECTIVE_CUSTODY(
            "take-into-protective-custody",
            "TakenIntoProtectiveCustody",
            IN_PROTECTIVE_CUSTODY,
            false,
            ACCEPTED,
            REOPENED),
    EVACUATE("evacuate", "DefectorEvacuated", EVACUATED, false, IN_PROTECTIVE_CUSTODY),
    BEGIN_VETTING("begin-vetting", "VettingBegun", UNDER_VETTING, false, IN_PROTECTIVE_CUSTODY, EVACUATED, REOPENED),
    BEGIN_EXPLOITATION("begin-exploitation", "ExploitationBegun", IN_EXPLOITATION, false, UNDER_VETTING, REOPENED),
    CONCLUDE_VETTING("conclude-vetting", "VettingConcluded", VETTING_CONCLUDED, true, UNDER_VETTING, IN_EXPLOITATION),
    RESETTLE("resettle", "DefectorResettled", RESETTLED, false, VETTING_CONCLUDED, REOPENED),
    CLOSE("close", "CaseClosed", CLOSED, true, RESETTLED, DECLINED, LOST, REOPENED),
    REOPEN("reopen", "CaseReopened", REOPENED, false, CLOSED);

    private final String verb;
    private final String event;
    private final CaseStatus to;
    private final boolean fourEyes;
    private final Set<CaseStatus> from;

    Transition(String verb, String event, CaseStatus to, boolean fourEyes, CaseStatus first, CaseStatus... rest) {
        this.verb = verb;
        this.event = event;
        this.to = to;
        this.fourEyes = fourEyes;
        this.from = EnumSet.of(first, rest);
    }

    /** The verb as written in the API: {@code accept}, {@code conclude-vetting}. */
    public String verb() {
        return verb;
    }

    /** The past-tense event the transition records: {@code DefectorAccepted}. */
    public String event() {
        return event;
    }

    public CaseStatus to() {
        return to;
    }

    /** Whether a second officer must approve it: accepting, concluding vetting, closing. */
    public boolean fourEyes() {
        return fourEyes;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /** The transitions allowed from a status. */
    public static List<Transition> from(CaseStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }

    public static Optional<Transition> ofVerb(String verb) {
        return Arrays.stream(values()).filter(t -> t.verb.equals(verb)).findFirst();
    }
}
