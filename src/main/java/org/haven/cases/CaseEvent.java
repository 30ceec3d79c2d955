package org.haven.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a case, one record for each kind of thing. The aggregate's moves make them; the audit
 * entry is written from the event in the move's transaction; modules react to them with listeners ({@code
 * on(ApproachRecorded event)}), in that same transaction.
 */
public sealed interface CaseEvent {

    CaseId caseId();

    /** Who acted: an officer, or {@code system:…} for Haven itself. */
    String actor();

    Instant at();

    /** The case's version after the event. */
    long version();

    /** The name the audit record gives it: the record's own name, {@code DefectorAccepted}. */
    default String action() {
        return getClass().getSimpleName();
    }

    /** What changed, as plain values, for the audit record. */
    Map<String, Object> details();

    /** A record of a past case was registered from a study. */
    record CaseRegistered(CaseId caseId, String actor, Instant at, long version, int defectors) implements CaseEvent {
        @Override
        public Map<String, Object> details() {
            return Map.of("version", version, "defectors", defectors);
        }
    }

    /**
     * He approached; the case opens and its decision clock starts.
     *
     * @param caseId the new case
     * @param at when he approached
     * @param version the case's first version
     * @param approach the approach as recorded
     * @param defector the defector as the name he gave makes him (which may be false)
     */
    record ApproachRecorded(CaseId caseId, Instant at, long version, Approach approach, Defector defector)
            implements CaseEvent {
        @Override
        public String actor() {
            return approach.receivedBy();
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", version);
            details.put("nameGiven", approach.nameGiven());
            details.put("place", approach.place());
            details.put("country", approach.country());
            details.put("setting", approach.setting().name());
            details.put("recipient", approach.recipient());
            details.put("decisionDue", approach.decisionDue().toString());
            return details;
        }
    }

    /** The decision moved up a level as its clock ran. */
    record DecisionEscalated(CaseId caseId, String actor, Instant at, long version, int level, Instant decisionDue)
            implements CaseEvent {
        @Override
        public Map<String, Object> details() {
            return escalation(level, decisionDue, at, version, false);
        }
    }

    /** The decision's deadline passed with no decision: the fallback is proposed. */
    record DecisionOverdue(CaseId caseId, String actor, Instant at, long version, int level, Instant decisionDue)
            implements CaseEvent {
        @Override
        public Map<String, Object> details() {
            return escalation(level, decisionDue, at, version, true);
        }
    }

    /** He was taken into protective custody while the decision is still awaited. */
    record TakenIntoCustodyPendingDecision(CaseId caseId, String actor, Instant at, long version, String reason)
            implements CaseEvent {
        @Override
        public Map<String, Object> details() {
            return Map.of("officer", actor, "reason", reason, "at", at.toString(), "version", version);
        }
    }

    /** A four-eyes move was proposed and awaits a second officer. */
    record TransitionProposed(
            CaseId caseId, String actor, Instant at, long version, Transition transition, String reason)
            implements CaseEvent {
        @Override
        public Map<String, Object> details() {
            return Map.of("transition", transition.verb(), "officer", actor, "reason", reason, "version", version);
        }
    }

    /**
     * A move made on a case, as every move event carries it.
     *
     * @param caseId the case
     * @param transition the move
     * @param from the case's headline status before
     * @param to the headline after
     * @param fromState the state of the move's track before, if it had begun
     * @param toState the state of the move's track after
     * @param officer who made it (who proposed it, for a four-eyes move)
     * @param approvedBy the second officer
     * @param reason why
     * @param at when
     * @param version the case's version after it
     */
    record Move(
            CaseId caseId,
            Transition transition,
            CaseStatus from,
            CaseStatus to,
            @Nullable TrackState fromState,
            @Nullable TrackState toState,
            String officer,
            @Nullable String approvedBy,
            String reason,
            Instant at,
            long version) {

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("transition", transition.verb());
            details.put("from", from.name());
            details.put("to", to.name());
            if (transition.track() != null) {
                details.put("track", transition.track().name());
                details.put("fromState", fromState == null ? "NOT_BEGUN" : fromState.name());
                details.put("toState", String.valueOf(toState));
            }
            details.put("officer", officer);
            if (approvedBy != null) {
                details.put("approvedBy", approvedBy);
            }
            details.put("reason", reason);
            details.put("version", version);
            return details;
        }
    }

    /** A move of the case's life: every such event carries the move. */
    sealed interface MoveMade extends CaseEvent {

        Move move();

        @Override
        default CaseId caseId() {
            return move().caseId();
        }

        @Override
        default String actor() {
            return move().approvedBy() == null ? move().officer() : move().approvedBy();
        }

        @Override
        default Instant at() {
            return move().at();
        }

        @Override
        default long version() {
            return move().version();
        }

        @Override
        default Map<String, Object> details() {
            return move().details();
        }
    }

    record DefectorAccepted(Move move) implements MoveMade {}

    record ApproachDeclined(Move move) implements MoveMade {}

    record DefectorLost(Move move) implements MoveMade {}

    record TakenIntoProtectiveCustody(Move move) implements MoveMade {}

    record DefectorEvacuated(Move move) implements MoveMade {}

    record ReleasedFromCustody(Move move) implements MoveMade {}

    record VettingBegun(Move move) implements MoveMade {}

    record VettingConcluded(Move move) implements MoveMade {}

    record VettingReopened(Move move) implements MoveMade {}

    record ExploitationBegun(Move move) implements MoveMade {}

    record ExploitationEnded(Move move) implements MoveMade {}

    record DefectorResettled(Move move) implements MoveMade {}

    record CaseClosed(Move move) implements MoveMade {}

    record CaseReopened(Move move) implements MoveMade {}

    /** The event a move records. */
    static MoveMade of(Move move) {
        return switch (move.transition()) {
            case ACCEPT -> new DefectorAccepted(move);
            case DECLINE -> new ApproachDeclined(move);
            case MARK_LOST -> new DefectorLost(move);
            case TAKE_INTO_PROTECTIVE_CUSTODY -> new TakenIntoProtectiveCustody(move);
            case EVACUATE -> new DefectorEvacuated(move);
            case RELEASE_FROM_CUSTODY -> new ReleasedFromCustody(move);
            case BEGIN_VETTING -> new VettingBegun(move);
            case CONCLUDE_VETTING -> new VettingConcluded(move);
            case REOPEN_VETTING -> new VettingReopened(move);
            case BEGIN_EXPLOITATION -> new ExploitationBegun(move);
            case END_EXPLOITATION -> new ExploitationEnded(move);
            case RESETTLE -> new DefectorResettled(move);
            case CLOSE -> new CaseClosed(move);
            case REOPEN -> new CaseReopened(move);
        };
    }

    /** The name of the event a move records: {@code DefectorAccepted}. */
    static String actionOf(Transition transition) {
        return switch (transition) {
            case ACCEPT -> "DefectorAccepted";
            case DECLINE -> "ApproachDeclined";
            case MARK_LOST -> "DefectorLost";
            case TAKE_INTO_PROTECTIVE_CUSTODY -> "TakenIntoProtectiveCustody";
            case EVACUATE -> "DefectorEvacuated";
            case RELEASE_FROM_CUSTODY -> "ReleasedFromCustody";
            case BEGIN_VETTING -> "VettingBegun";
            case CONCLUDE_VETTING -> "VettingConcluded";
            case REOPEN_VETTING -> "VettingReopened";
            case BEGIN_EXPLOITATION -> "ExploitationBegun";
            case END_EXPLOITATION -> "ExploitationEnded";
            case RESETTLE -> "DefectorResettled";
            case CLOSE -> "CaseClosed";
            case REOPEN -> "CaseReopened";
        };
    }

    private static Map<String, Object> escalation(
            int level, Instant decisionDue, Instant at, long version, boolean overdue) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level);
        details.put("decisionDue", decisionDue.toString());
        details.put("at", at.toString());
        if (overdue) {
            details.put("proposedFallback", "protective custody pending decision");
        }
        details.put("version", version);
        return details;
    }
}
