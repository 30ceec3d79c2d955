package org.haven.cases;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.cases.internal.JdbcCases;
import org.haven.cases.internal.JdbcTasks;
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

    /** The actor Haven writes for changes it makes itself when it loads a dataset. */
    public static final String DATASET = "system:dataset";

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

    CaseManagement(
            JdbcCases cases,
            JdbcTasks tasks,
            AuditLog audit,
            Clock clock,
            DecisionPolicy policy,
            ApplicationEventPublisher events,
            Labels labels,
            @Value("${haven.security.approach-label:SECRET&RECEPTION}") String approachLabel) {
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

    /** Registers cases of a study in an empty register, each with its entry in the audit record. */
    @Transactional
    public void register(List<DefectionCase> records, String actor) {
        for (DefectionCase c : records) {
            cases.add(c);
            audit.append(new AuditRecord(
                    actor,
                    "CaseRegistered",
                    CaseStates.CASE,
                    c.id().value(),
                    Map.of("version", c.version(), "defectors", c.defectors().size()),
                    CaseStates.of(reload(c.id()))));
            labels.assign(CaseStates.CASE, c.id().value(), Labels.PUBLIC_RECORD, actor);
        }
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
        CaseId id = new CaseId(slug(approach.nameGiven()) + "-" + cases.nextCaseNumber());
        DefectionCase opened = DefectionCase.approached(id, defector(id, approach.nameGiven()), approach);
        cases.add(opened);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", 0);
        details.put("nameGiven", approach.nameGiven());
        details.put("place", approach.place());
        details.put("country", approach.country());
        details.put("setting", approach.setting().name());
        details.put("recipient", approach.recipient());
        details.put("decisionDue", due.toString());
        DefectionCase stored = reload(id);
        audit.append(new AuditRecord(
                approach.receivedBy(),
                "ApproachRecorded",
                CaseStates.CASE,
                id.value(),
                details,
                CaseStates.of(stored)));
        // A new case is secret, for reception, until its handlers raise its label to its own compartment.
        labels.assign(CaseStates.CASE, id.value(), approachLabel, approach.receivedBy());
        events.publishEvent(new CaseEvent(id, "ApproachRecorded", approach.receivedBy(), approachedAt));
        return stored;
    }

    /**
     * Makes a move on a case read at the given version; a four-eyes move is only proposed.
     *
     * @throws TransitionRefused when the move is not allowed now
     * @throws ConcurrentCaseChange when the case changed since the given version
     */
    @Transactional
    public CaseChange perform(CaseId id, Transition transition, String officer, String reason, long version) {
        DefectionCase current = load(id, version);
        return store(current.perform(transition, officer, reason, now()), officer);
    }

    /** Approves the move awaiting a second officer, on a case read at the given version. */
    @Transactional
    public CaseChange approve(CaseId id, String officer, long version) {
        DefectionCase current = load(id, version);
        return store(current.approve(officer, now()), officer);
    }

    /** Takes him into protective custody while the decision is still awaited: the fallback for an overdue one. */
    @Transactional
    public CaseChange takeIntoCustodyPendingDecision(CaseId id, String officer, String reason, long version) {
        DefectionCase current = load(id, version);
        return store(current.takeIntoCustodyPendingDecision(officer, reason, now()), officer);
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
        CaseChange change = current.escalate(level, level == policy.overdueLevel(), now);
        return store(change, DECISION_CLOCK, current.version());
    }

    /** Sets a task on a case. */
    @Transactional
    public CaseTask assignTask(CaseId id, TaskKind kind, String title, String owner, Instant due, String officer) {
        Approach.requireText("officer", officer);
        DefectionCase kase = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        if (kase.status() == CaseStatus.HISTORICAL) {
            throw new TransitionRefused(
                    id, kase.status(), "Case " + id + " is a historical record: it takes no tasks.");
        }
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
            CaseStatus status = reload(task.caseId()).status();
            throw new TransitionRefused(task.caseId(), status, "Task " + taskId + " is already done.");
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
        return audit.entriesFor(CaseStates.CASE, id.value());
    }

    private DefectionCase load(CaseId id, long version) {
        DefectionCase current = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        if (current.version() != version) {
            throw new ConcurrentCaseChange(id, version, current.version());
        }
        return current;
    }

    private CaseChange store(CaseChange change, String actor) {
        return store(change, actor, change.kase().version() - 1);
    }

    private CaseChange store(CaseChange change, String actor, long expectedVersion) {
        DefectionCase changed = change.kase();
        cases.update(changed, expectedVersion);
        DefectionCase stored = reload(changed.id());
        audit.append(new AuditRecord(
                actor, change.event(), CaseStates.CASE, changed.id().value(), change.details(), CaseStates.of(stored)));
        events.publishEvent(new CaseEvent(changed.id(), change.event(), actor, now()));
        return new CaseChange(stored, change.event(), change.details());
    }

    private DefectionCase reload(CaseId id) {
        return cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
    }

    private static Defector defector(CaseId id, String nameGiven) {
        String name = nameGiven.strip().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        String given = space < 0 ? null : name.substring(0, space);
        String surname = space < 0 ? name : name.substring(space + 1);
        return new Defector(new DefectorId(id.value()), given, surname, Facts.none());
    }

    /** A readable id from the name given: accents dropped, other letters and signs turned into hyphens. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "approach" : slug;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
