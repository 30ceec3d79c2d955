package org.haven.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.haven.audit.AuditEntry;
import org.haven.cases.CaseChange;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseStates;
import org.haven.cases.CaseTask;
import org.haven.cases.CaseView;
import org.haven.cases.DecisionClock;
import org.haven.cases.RecordApproach;
import org.haven.cases.Setting;
import org.haven.cases.TaskKind;
import org.haven.cases.TaskNotFound;
import org.haven.cases.Transition;
import org.haven.security.NeedToKnow;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reception over HTTP: record an approach, the decisions due, the moves of a case, its tasks and its log. */
@RestController
@Tag(name = "Reception", description = "Approaches, the decision clock, the case lifecycle and tasks")
class ReceptionController {

    private final CaseManagement management;
    private final DecisionClock decisions;
    private final NeedToKnow needToKnow;

    private final CaseAccess access;

    ReceptionController(CaseManagement management, DecisionClock decisions, NeedToKnow needToKnow, CaseAccess access) {
        this.access = access;
        this.management = management;
        this.decisions = decisions;
        this.needToKnow = needToKnow;
    }

    /**
     * An approach as the reception officer reports it; he is the officer signed in.
     *
     * @param nameGiven the name he gave, which may be false
     * @param place where (a city, a post)
     * @param country the country
     * @param setting in the field or at a mission abroad
     * @param recipient to whom he offered himself
     * @param offers what he offers
     * @param fears what he fears
     * @param othersWhoKnow who else already knows
     * @param approachedAt when he approached; now, if not given
     * @param decisionDue when the decision must be made; by policy, if not given
     */
    record ApproachRequest(
            @Nullable String nameGiven,
            @Nullable String place,
            @Nullable String country,
            @Nullable Setting setting,
            @Nullable String recipient,
            @Nullable String offers,
            @Nullable String fears,
            @Nullable String othersWhoKnow,
            @Nullable Instant approachedAt,
            @Nullable Instant decisionDue) {}

    @PostMapping("/api/approaches")
    @Operation(summary = "Record an approach the moment it happens; its decision clock starts")
    ResponseEntity<CaseView> recordApproach(@RequestBody ApproachRequest approach, Authentication officer) {
        RecordApproach received = new RecordApproach(
                approach.nameGiven(),
                approach.place(),
                approach.country(),
                approach.setting(),
                approach.recipient(),
                approach.offers(),
                approach.fears(),
                approach.othersWhoKnow(),
                officer.getName(),
                approach.approachedAt(),
                approach.decisionDue());
        CaseView opened = CaseView.of(management.recordApproach(received));
        return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
    }

    @GetMapping("/api/decisions")
    @Operation(summary = "Every approach awaiting a decision, the least time left first")
    List<DecisionClock.Due> decisionsDue(Authentication officer) {
        return needToKnow.visible(officer, CaseStates.CASE, decisions.due(), DecisionClock.Due::caseId);
    }

    /**
     * A move on a case read at {@code version}, by the officer signed in.
     *
     * @param reason why
     * @param version the version of the case the officer acted on
     */
    record MoveRequest(@Nullable String reason, @Nullable Long version) {}

    /**
     * What a move did.
     *
     * @param event the past-tense event recorded
     * @param awaitingApproval whether the move only awaits a second officer's approval
     * @param kase the case after it
     */
    record MoveResult(String event, boolean awaitingApproval, CaseView kase) {}

    @PostMapping("/api/cases/{id}/moves/{verb}")
    @Operation(
            summary =
                    "Make a move on one of the case's tracks (accept, decline, mark-lost, take-into-protective-custody,"
                            + " evacuate, release-from-custody, begin-vetting, conclude-vetting, reopen-vetting,"
                            + " begin-exploitation, end-exploitation, resettle) or on the whole case (close, reopen); accept,"
                            + " conclude-vetting and close are only proposed until a second officer approves. Each move is"
                            + " open to the roles it names; any other is answered 403")
    ResponseEntity<MoveResult> move(
            @PathVariable String id, @PathVariable String verb, @RequestBody MoveRequest move, Authentication officer) {
        Transition transition = Transition.ofVerb(verb)
                .orElseThrow(() -> new IllegalArgumentException("'" + verb + "' is not a move; the moves are "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Transition.values())
                                        .map(Transition::verb)
                                        .toList())));
        CaseChange change = access.acting(
                officer,
                id,
                caseId -> management.perform(
                        caseId, transition, SignedIn.officer(officer), text(move.reason()), version(move.version())));
        return result(change);
    }

    record ApprovalRequest(@Nullable Long version) {}

    @PostMapping("/api/cases/{id}/approval")
    @Operation(summary = "Approve the move awaiting a second officer; the officer who proposed it cannot")
    ResponseEntity<MoveResult> approve(
            @PathVariable String id, @RequestBody ApprovalRequest approval, Authentication officer) {
        return result(access.acting(
                officer,
                id,
                caseId -> management.approve(caseId, SignedIn.officer(officer), version(approval.version()))));
    }

    @PostMapping("/api/cases/{id}/custody-pending-decision")
    @Operation(summary = "Take him into protective custody while the decision is still awaited")
    ResponseEntity<MoveResult> custodyPendingDecision(
            @PathVariable String id, @RequestBody MoveRequest move, Authentication officer) {
        return result(access.acting(
                officer,
                id,
                caseId -> management.takeIntoCustodyPendingDecision(
                        caseId, SignedIn.officer(officer), text(move.reason()), version(move.version()))));
    }

    record TaskRequest(
            @Nullable TaskKind kind,
            @Nullable String title,
            @Nullable String owner,
            @Nullable Instant due) {}

    @GetMapping("/api/cases/{id}/tasks")
    @Operation(summary = "The tasks on a case, soonest due first")
    List<CaseTask> tasks(@PathVariable String id, Authentication officer) {
        return management.tasks(access.movable(officer, id));
    }

    @PostMapping("/api/cases/{id}/tasks")
    @Operation(summary = "Set a task with an owner and a due date")
    ResponseEntity<CaseTask> assignTask(
            @PathVariable String id, @RequestBody TaskRequest task, Authentication officer) {
        if (task.kind() == null) {
            throw new IllegalArgumentException(
                    "kind is required: one of " + java.util.Arrays.toString(TaskKind.values()));
        }
        if (task.due() == null) {
            throw new IllegalArgumentException("due is required");
        }
        CaseTask created = access.acting(
                officer,
                id,
                caseId -> management.assignTask(
                        caseId, task.kind(), text(task.title()), text(task.owner()), task.due(), officer.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    record CompletionRequest(@Nullable Long version) {}

    @PostMapping("/api/tasks/{taskId}/completion")
    @Operation(summary = "Report a task done")
    CaseTask completeTask(
            @PathVariable String taskId, @RequestBody CompletionRequest completion, Authentication officer) {
        // A task of a case he may not read is, to him, a task that does not exist.
        CaseId caseId = management
                .caseOfTask(taskId)
                .filter(kase -> needToKnow.mayRead(officer, CaseStates.CASE, kase.value()))
                .orElseThrow(() -> new TaskNotFound(taskId));
        try {
            return access.within(
                    officer,
                    caseId,
                    kase -> management.completeTask(taskId, officer.getName(), version(completion.version())));
        } catch (org.haven.cases.CaseNotFound e) {
            throw new TaskNotFound(taskId);
        }
    }

    @GetMapping("/api/cases/{id}/audit")
    @Operation(summary = "The audit entries about a case, oldest first")
    List<AuditEntry> audit(@PathVariable String id, Authentication officer) {
        CaseId caseId = access.actionable(officer, id);
        if (!access.exists(caseId)) {
            throw new org.haven.cases.CaseNotFound(caseId);
        }
        return management.auditTrail(caseId);
    }

    private static ResponseEntity<MoveResult> result(CaseChange change) {
        boolean proposed = change.awaitsApproval();
        return ResponseEntity.status(proposed ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(new MoveResult(change.event().action(), proposed, CaseView.of(change.kase())));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new IllegalArgumentException("version is required: the version of the case or task you acted on");
        }
        return version;
    }
}
