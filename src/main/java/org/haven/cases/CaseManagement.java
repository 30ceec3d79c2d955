package org.haven.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.cases.internal.JdbcCases;
import org.haven.cases.internal.JdbcTasks;
import org.haven.cases.internal.Refusals;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's use cases: each loads the case, asks the aggregate to make the move, stores it if nobody changed it
 * meanwhile, and writes the audit entry in the same transaction; then publishes the event.
 */
@Service
public class CaseManagement {

    /** The actor Haven writes for escalations made by the decision clock. */
    public static final String DECISION_CLOCK = "system:decision-clock";

    private final JdbcCases cases;
    private final JdbcTasks tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final DecisionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Label approachLabel;
    private final List<MoveGuard> guards;
    private final Refusals refusals;

    CaseManagement(
            JdbcCases cases,
            JdbcTasks tasks,
            AuditLog audit,
            Clock clock,
            DecisionPolicy policy,
            ApplicationEventPublisher events,
            Labels labels,
            List<MoveGuard> guards,
            Refusals refusals,
            @Value("${haven.security.approach-label:SECRET&RECEPTION}") String approachLabel) {
        this.guards = List.copyOf(guards);
        this.refusals = refusals;
        this.labels = labels;
        this.approachLabel = Label.parse(approachLabel);
        this.cases = cases;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.events = events;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Records an approach and starts its decision clock.
     *
     * @throws IllegalArgumentException when a field is missing or the times make no sense, saying which
     */
    @Transactional
    public DefectionCase recordApproach(RecordApproach command) {
        Instant now = now();
        Instant approachedAt =
                command.approachedAt() == null ? now : command.approachedAt().truncatedTo(ChronoUnit.MICROS);
        if (approachedAt.isAfter(now)) {
            throw new IllegalArgumentException("approachedAt " + approachedAt + " is in the future");
        }
        if (command.setting() == null) {
            throw new IllegalArgumentException("setting is required: FIELD or MISSION_ABROAD");
        }
        Instant due = command.decisionDue() == null
                ? approachedAt.plus(policy.allowed(command.setting()))
                : command.decisionDue().truncatedTo(ChronoUnit.MICROS);
        if (!due.isAfter(now)) {
            throw new IllegalArgumentException("decisionDue " + due + " is already past: a decision deadline must"
                    + " lie ahead when the approach is recorded");
        }
        Instant latest = approachedAt.plus(policy.allowed(command.setting()));
        if (due.isAfter(latest)) {
            throw new IllegalArgumentException("decisionDue " + due + " is later than the policy allows for "
                    + command.setting() + " (" + latest + "): a deadline may be brought forward, never put back");
        }
        Approach approach = new Approach(
                command.nameGiven(),
                command.place(),
                command.country(),
                command.setting(),
                command.recipient(),
                blankToNull(command.offers()),
                blankToNull(command.fears()),
                blankToNull(command.othersWhoKnow()),
                command.receivedBy(),
                approachedAt,
                due,
                0,
                false,
                null,
                null);
        CaseId id = CaseId.random();
        DefectionCase opened = DefectionCase.approached(id, defector(approach.nameGiven()), approach);
        cases.add(opened);
        // A new case is secret, for reception, until its handlers raise its label to its own compartment. The label
        // is set before the event, so that what modules record of the case carries it.
        labels.assign(CaseStates.CASE, id.value(), approachLabel, approach.receivedBy());
        record(
                opened,
                new CaseEvent.ApproachRecorded(
                        id, approachedAt, 0, approach, opened.defectors().getFirst()));
        return opened;
    }

    /**
     * Makes a move on a case read at the given version; a four-eyes move is only proposed.
     *
     * @throws MoveNotPermitted when his roles do not allow the move (the refusal is recorded)
     * @throws TransitionRefused when the move is not allowed now
     * @throws ConcurrentCaseChange when the case changed since the given version
     */
    @Transactional
    public CaseChange perform(CaseId id, Transition transition, Officer officer, String reason, long version) {
        // His roles are asked first: a move he may not make is refused whatever the case's version or state.
        DefectionCase current = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        DefectionCase read = refusalsRecorded(
                () -> {
                    if (!transition.mayBeProposedBy(officer.roles())) {
                        throw new MoveNotPermitted(
                                id, transition, MoveNotPermitted.Step.PROPOSE, transition.proposers());
                    }
                    return current;
                },
                officer);
        atVersion(read, version);
        guard(read, transition);
        return store(refusalsRecorded(() -> read.perform(transition, officer, reason, now()), officer));
    }

    /**
     * Approves the move awaiting a second officer, on a case read at the given version.
     *
     * @throws MoveNotPermitted when his roles do not allow him to approve it (the refusal is recorded)
     */
    @Transactional
    public CaseChange approve(CaseId id, Officer officer, long version) {
        DefectionCase current = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        PendingApproval pending = current.lifecycle().pending();
        refusalsRecorded(
                () -> {
                    if (pending != null && !pending.transition().mayBeApprovedBy(officer.roles())) {
                        throw new MoveNotPermitted(
                                id,
                                pending.transition(),
                                MoveNotPermitted.Step.APPROVE,
                                pending.transition().approvers());
                    }
                    return current;
                },
                officer);
        atVersion(current, version);
        if (pending != null) {
            guard(current, pending.transition());
        }
        return store(refusalsRecorded(() -> current.approve(officer, now()), officer));
    }

    /** Takes him into protective custody while the decision is still awaited: the fallback for an overdue one. */
    @Transactional
    public CaseChange takeIntoCustodyPendingDecision(CaseId id, Officer officer, String reason, long version) {
        DefectionCase current = load(id, version);
        return store(current.takeIntoCustodyPendingDecision(officer, reason, now()));
    }

    /** Moves an open decision up to the level its clock has reached; nothing when it is there already. */
    @Transactional
    public @Nullable CaseChange escalate(CaseId id, Instant now) {
        DefectionCase current = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        Approach approach = current.lifecycle().approach();
        if (approach == null || !current.status().awaitsDecision()) {
            return null;
        }
        int level = policy.levelAt(approach, now);
        if (level <= approach.escalationLevel()) {
            return null;
        }
        return store(current.escalate(level, level == policy.overdueLevel(), DECISION_CLOCK, now));
    }

    /** What the modules that own other tracks say of a move: the first refusal wins. */
    private void guard(DefectionCase current, Transition transition) {
        for (MoveGuard guard : guards) {
            guard.refusal(current, transition).ifPresent(reason -> {
                throw new TransitionRefused(current, reason);
            });
        }
    }

    /** A move his roles do not allow is refused, and the refusal outlives the failed request in the audit record. */
    private <T> T refusalsRecorded(java.util.function.Supplier<T> attempt, Officer officer) {
        try {
            return attempt.get();
        } catch (MoveNotPermitted e) {
            refusals.record(new AuditRecord(
                    officer.name(),
                    e.step() == MoveNotPermitted.Step.APPROVE ? "ApprovalRefused" : "MoveRefused",
                    CaseStates.CASE,
                    e.caseId().value(),
                    Map.of(
                            "transition",
                            e.transition().verb(),
                            "roles",
                            officer.roles().stream().map(Enum::name).sorted().toList(),
                            "allowed",
                            e.allowed().stream().map(Enum::name).sorted().toList()),
                    null));
            throw e;
        }
    }

    /** Sets a task on a case. */
    @Transactional
    public CaseTask assignTask(CaseId id, TaskKind kind, String title, String owner, Instant due, String officer) {
        Approach.requireText("officer", officer);
        cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        Instant now = now();
        if (due == null || !due.isAfter(now)) {
            throw new IllegalArgumentException("due " + due + " is already past: a task is due in the future");
        }
        CaseTask task = new CaseTask(
                "task-" + UUID.randomUUID(),
                id,
                kind,
                title,
                owner,
                due.truncatedTo(ChronoUnit.MICROS),
                now,
                null,
                null,
                0);
        tasks.add(task);
        audit.append(new AuditRecord(
                officer,
                "TaskAssigned",
                CaseStates.TASK,
                task.id(),
                Map.of(
                        "case",
                        id.value(),
                        "kind",
                        kind.name(),
                        "title",
                        title,
                        "owner",
                        owner,
                        "due",
                        task.due().toString(),
                        "version",
                        0),
                CaseStates.of(task)));
        return task;
    }

    /** The case a task belongs to, if the task exists. */
    public java.util.Optional<CaseId> caseOfTask(String taskId) {
        return tasks.find(taskId).map(CaseTask::caseId);
    }

    /** Reports a task done, on a task read at the given version. */
    @Transactional
    public CaseTask completeTask(String taskId, String officer, long version) {
        Approach.requireText("officer", officer);
        CaseTask task = tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        if (task.done()) {
            throw new TransitionRefused(reload(task.caseId()), "Task " + taskId + " is already done.");
        }
        CaseTask done = task.completedBy(officer, now());
        if (task.version() != version || !tasks.update(done, version)) {
            throw new ConcurrentTaskChange(taskId, version, task.version());
        }
        audit.append(new AuditRecord(
                officer,
                "TaskCompleted",
                CaseStates.TASK,
                taskId,
                Map.of("case", task.caseId().value(), "version", done.version()),
                CaseStates.of(done)));
        return done;
    }

    @Transactional(readOnly = true)
    public List<CaseTask> tasks(CaseId id) {
        cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        return tasks.of(id);
    }

    /** The audit entries about a case, oldest first: its history as the log tells it. */
    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(CaseId id) {
        List<AuditEntry> trail = new java.util.ArrayList<>(audit.entriesFor(CaseStates.CASE, id.value()));
        trail.addAll(audit.entriesFor(
                org.haven.security.Labels.SUBJECT, org.haven.security.Labels.auditId(CaseStates.CASE, id.value())));
        trail.sort(java.util.Comparator.comparingLong(AuditEntry::sequence));
        return trail;
    }

    private DefectionCase load(CaseId id, long version) {
        return atVersion(cases.findById(id).orElseThrow(() -> new CaseNotFound(id)), version);
    }

    private DefectionCase atVersion(DefectionCase current, long version) {
        if (current.version() != version) {
            throw changedSince(new ConcurrentCaseChange(current.id(), version, current.version()));
        }
        return current;
    }

    /** The refusal, with every change the case went through since the caller's version, as the log tells it. */
    private ConcurrentCaseChange changedSince(ConcurrentCaseChange refused) {
        List<Map<String, Object>> changes = audit
                .entriesFor(CaseStates.CASE, refused.caseId().value())
                .stream()
                .filter(entry -> entry.subjectState() != null)
                .map(entry -> java.util.Map.entry(entry, CaseStates.versionOf(entry)))
                .filter(e -> e.getValue() > refused.yourVersion())
                .map(e -> Map.<String, Object>of(
                        "action", e.getKey().action(),
                        "actor", e.getKey().actor(),
                        "at", e.getKey().at().toString(),
                        "details", e.getKey().details()))
                .toList();
        return refused.withChanges(changes);
    }

    private CaseChange store(CaseChange change) {
        DefectionCase changed = change.kase();
        try {
            cases.update(changed, changed.version() - 1);
        } catch (ConcurrentCaseChange e) {
            throw changedSince(e);
        }
        record(changed, change.event());
        return change;
    }

    /**
     * Writes the event's audit entry with the case's state after it, then lets the modules react, all in the
     * caller's transaction. The state is hashed from the aggregate itself, which is what the store now holds.
     */
    private void record(DefectionCase after, CaseEvent event) {
        audit.append(new AuditRecord(
                event.actor(),
                event.action(),
                CaseStates.CASE,
                event.caseId().value(),
                event.details(),
                CaseStates.of(after)));
        events.publishEvent(event);
    }

    private DefectionCase reload(CaseId id) {
        return cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
    }

    /** The defector of a new approach: the name he gave, split at its last space, under an id that says nothing. */
    private static Defector defector(String nameGiven) {
        String name = nameGiven.strip().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        String given = space < 0 ? null : name.substring(0, space);
        String surname = space < 0 ? name : name.substring(space + 1);
        return new Defector(DefectorId.random(), given, surname);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
