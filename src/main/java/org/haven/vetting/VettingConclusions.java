package org.haven.vetting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditedRecords;
import org.haven.audit.CanonicalJson;
import org.haven.cases.CaseEvent;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.haven.cases.Officer;
import org.haven.cases.Track;
import org.haven.cases.TrackState;
import org.haven.cases.Transition;
import org.haven.exploitation.Analysis;
import org.haven.exploitation.CaseAnalyses;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vetting conclusion: proposed by a vetting officer, with the judgement, its confidence in ICD 203's words and
 * what to watch for; approved by another; frozen with the hash of the matrix and the checklists, the hypotheses as
 * they ranked, and its reopen triggers — the linchpins as they stood. Proposing it proposes the case's {@code
 * conclude-vetting} move, whose reason it is, and which nothing else may propose; the second officer's approval of
 * the move, from either page, makes it stand: from then he is no longer treated as a suspect. It reopens, with a task for its vetting officer on the decision clock, when a linchpin's grading changes, a
 * lead refutes it, or the contradiction watch raises material against it. Every step is audited.
 */
@Service
public class VettingConclusions implements AuditedRecords {

    static final String SUBJECT = "vetting-conclusion";

    /** How long the vetting officer has to look again at a reopened conclusion. */
    static final Duration REVIEW = Duration.ofDays(2);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseFileStore files;
    private final CaseAnalyses analyses;
    private final CaseManagement management;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;

    VettingConclusions(
            JdbcClient jdbc,
            CaseFileStore files,
            CaseAnalyses analyses,
            CaseManagement management,
            Cases cases,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.analyses = analyses;
        this.management = management;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Status {
        /** Awaiting a second vetting officer. */
        PROPOSED,
        /** Approved: he is no longer treated as a suspect. */
        STANDING,
        /** The ground under it moved: it must be looked at again. */
        REOPENED,
        /** A later conclusion took its place. */
        SUPERSEDED
    }

    /**
     * A reopen trigger: a linchpin of the matrix as it stood when the conclusion was written.
     *
     * @param statement the record's statement behind it, when it is one
     * @param source that statement's source, and its declared letter then
     */
    public record Trigger(
            String item,
            List<String> linchpin,
            CaseFile.Weight credibility,
            @Nullable String statement,
            @Nullable String source,
            @Nullable String letter,
            boolean refuted,
            boolean contradicted) {}

    public record Conclusion(
            String id,
            String caseId,
            long fileVersion,
            String matrixSha256,
            List<BonaFides.Ranked> hypotheses,
            @Nullable String leading,
            String judgement,
            Likelihood confidence,
            @Nullable String watchFor,
            List<Trigger> triggers,
            Status status,
            String proposedBy,
            Instant proposedAt,
            @Nullable String approvedBy,
            @Nullable Instant approvedAt,
            @Nullable Instant reopenedAt,
            @Nullable String reopenedBecause,
            @Nullable String taskId,
            long version) {}

    /** A conclusion that names another version than the one stored. */
    public static final class ConcurrentConclusionChange extends RuntimeException implements org.haven.refusal.Refusal {

        ConcurrentConclusionChange(String id, long yours, long current) {
            super("The conclusion " + id + " is at version " + current + ", not " + yours + ": read it again.");
        }

        @Override
        public int httpStatus() {
            return 409;
        }

        @Override
        public String title() {
            return "The conclusion has changed";
        }

        @Override
        public String type() {
            return "urn:haven:problem:concurrent-change";
        }
    }

    /**
     * Proposes a conclusion on the vetting file as it stands. The judgement is required; the hypotheses, their ranks,
     * the linchpins and the hash of the matrix and checklists are taken from the file, not from the proposer.
     */
    @Transactional
    public Conclusion propose(
            CaseId caseId, String judgement, Likelihood confidence, @Nullable String watchFor, Officer officer) {
        requireVetting(officer, "propose a conclusion");
        if (judgement == null || judgement.isBlank()) {
            throw new IllegalArgumentException("a conclusion needs its judgement, in words");
        }
        CaseFileStore.Stored stored =
                files.find(caseId).orElseThrow(() -> new IllegalArgumentException("the case has no vetting file yet"));
        CaseFile file = CaseFiles.read(stored.content());
        BonaFides bonaFides = BonaFides.of(file);
        if (bonaFides.hypotheses().isEmpty()) {
            throw new IllegalArgumentException("the vetting file has no hypotheses to conclude on");
        }
        DefectionCase kase = cases.findById(caseId).orElseThrow();
        if (kase.lifecycle().state(Track.VETTING) != TrackState.UNDER_VETTING) {
            throw new IllegalArgumentException("a conclusion is written while he is under vetting: begin (or reopen)"
                    + " vetting on the case first");
        }
        if (kase.lifecycle().pending() != null) {
            throw new IllegalArgumentException(
                    "'" + kase.lifecycle().pending().transition().verb()
                            + "' awaits a second officer on this case: that comes first");
        }
        List<Trigger> triggers = triggers(file, bonaFides, analyses.of(stored));
        Instant now = clock.instant();
        String id = "conclusion-" + UUID.randomUUID();
        jdbc.sql(
                        "insert into vetting_conclusion (id, case_id, file_version, matrix_sha256, hypotheses, leading_hypothesis,"
                                + " judgement, confidence, watch_for, triggers, status, proposed_by, proposed_at, version)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, 0)")
                .params(
                        id,
                        caseId.value(),
                        stored.version(),
                        matrixHash(file),
                        JSON.writeValueAsString(bonaFides.hypotheses()),
                        bonaFides.leading(),
                        judgement.strip(),
                        confidence.name(),
                        watchFor == null || watchFor.isBlank() ? null : watchFor.strip(),
                        JSON.writeValueAsString(triggers),
                        officer.name(),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        Conclusion proposed = find(id).orElseThrow();
        record(officer.name(), "VettingConclusionProposed", proposed, Map.of());
        // The conclusion is the move's reason: concluding vetting awaits the same second officer.
        management.perform(caseId, Transition.CONCLUDE_VETTING, officer, proposed.judgement(), kase.version());
        return proposed;
    }

    /**
     * A second vetting officer approves: the conclusion stands, the one before it is superseded, and a case under
     * vetting has its vetting concluded (the move made by the proposer, approved by the approver).
     */
    @Transactional
    public Conclusion approve(String id, Officer officer, long version) {
        requireVetting(officer, "approve a conclusion");
        Conclusion c =
                find(id).orElseThrow(() -> new IllegalArgumentException("no conclusion has the id '" + id + "'"));
        if (c.version() != version) {
            throw new ConcurrentConclusionChange(id, version, c.version());
        }
        if (c.status() != Status.PROPOSED) {
            throw new IllegalArgumentException("the conclusion is "
                    + c.status().name().toLowerCase(java.util.Locale.ROOT) + ", not awaiting approval");
        }
        if (c.proposedBy().equals(officer.name())) {
            throw new IllegalArgumentException(
                    "a second vetting officer approves a conclusion: " + officer.name() + " proposed it");
        }
        CaseId caseId = new CaseId(c.caseId());
        DefectionCase kase = cases.findById(caseId).orElseThrow();
        // The second officer approves the move the conclusion proposed; its event makes the conclusion stand.
        management.approve(caseId, officer, kase.version());
        return find(id).orElseThrow();
    }

    /**
     * Vetting concluded, by whichever page the second officer approved it from: the conclusion proposed with it
     * stands, and those before it are superseded.
     */
    @EventListener
    void on(CaseEvent.VettingConcluded concluded) {
        List<Conclusion> all = of(concluded.caseId());
        Optional<Conclusion> proposed =
                all.stream().filter(c -> c.status() == Status.PROPOSED).findFirst();
        if (proposed.isEmpty()) {
            return;
        }
        String approver = concluded.move().approvedBy() == null
                ? concluded.actor()
                : concluded.move().approvedBy();
        for (Conclusion other : all) {
            if (other.status() == Status.STANDING || other.status() == Status.REOPENED) {
                setStatus(other, Status.SUPERSEDED, approver, "a later conclusion took its place");
            }
        }
        jdbc.sql("update vetting_conclusion set status = 'STANDING', approved_by = ?, approved_at = ?,"
                        + " version = version + 1 where id = ?")
                .params(
                        approver,
                        clock.instant().atOffset(ZoneOffset.UTC),
                        proposed.get().id())
                .update();
        record(approver, "VettingConclusionApproved", find(proposed.get().id()).orElseThrow(), Map.of());
    }

    /** Every conclusion of the case, the latest first. */
    @Transactional(readOnly = true)
    public List<Conclusion> of(CaseId caseId) {
        return jdbc.sql("select " + COLUMNS
                        + " from vetting_conclusion where case_id = ? order by proposed_at desc, id")
                .param(caseId.value())
                .query(VettingConclusions::row)
                .list();
    }

    public Optional<Conclusion> standing(CaseId caseId) {
        return of(caseId).stream().filter(c -> c.status() == Status.STANDING).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Conclusion> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from vetting_conclusion where id = ?")
                .param(id)
                .query(VettingConclusions::row)
                .optional();
    }

    /** The vetting reopened by a move: the standing conclusion no longer stands. */
    @EventListener
    void on(CaseEvent.VettingReopened reopened) {
        standing(reopened.caseId())
                .ifPresent(c -> reopen(
                        c,
                        reopened.move().officer(),
                        "vetting reopened: " + reopened.move().reason()));
    }

    /** The case file changed: does the ground under the standing conclusion still hold? */
    @EventListener
    void on(CaseFileStore.CaseFileChanged changed) {
        Optional<Conclusion> standing = standing(changed.caseId());
        if (standing.isEmpty()) {
            return;
        }
        CaseFileStore.Stored stored = files.find(changed.caseId()).orElseThrow();
        CaseFile file = CaseFiles.read(stored.content());
        Map<String, Trigger> now = new LinkedHashMap<>();
        for (Trigger t : triggers(file, BonaFides.of(file), analyses.of(stored))) {
            now.put(t.item(), t);
        }
        List<String> moved = new ArrayList<>();
        for (Trigger then : standing.get().triggers()) {
            Trigger t = now.get(then.item());
            String what = "linchpin " + then.item()
                    + (then.statement() == null ? "" : " (statement " + then.statement() + ")");
            if (t == null) {
                continue;
            }
            if (t.credibility() != then.credibility()) {
                moved.add(what + ": its credibility is now " + words(t.credibility()) + ", was "
                        + words(then.credibility()));
            }
            if (then.letter() != null && t.letter() != null && !then.letter().equals(t.letter())) {
                moved.add(what + ": its source " + t.source() + " is graded " + t.letter() + ", was " + then.letter());
            }
            if (t.refuted() && !then.refuted()) {
                moved.add(what + ": a lead refuted it");
            }
            if (t.contradicted() && !then.contradicted()) {
                moved.add(what + ": the contradiction watch raised material against it");
            }
        }
        if (!moved.isEmpty()) {
            reopen(standing.get(), changed.officer(), String.join("; ", moved));
        }
    }

    private void reopen(Conclusion c, String officer, String because) {
        Instant now = clock.instant();
        String title = "Vetting conclusion reopened: " + because;
        var task = management.assignTask(
                new CaseId(c.caseId()),
                org.haven.cases.TaskKind.OTHER,
                title.length() > 500 ? title.substring(0, 499) + "…" : title,
                c.proposedBy(),
                now.plus(REVIEW),
                officer);
        String reason = because.length() > 4000 ? because.substring(0, 3999) + "…" : because;
        jdbc.sql(
                        "update vetting_conclusion set status = 'REOPENED', reopened_at = ?, reopened_because = ?, task_id = ?,"
                                + " version = version + 1 where id = ?")
                .params(now.atOffset(ZoneOffset.UTC), reason, task.id(), c.id())
                .update();
        record(officer, "VettingConclusionReopened", find(c.id()).orElseThrow(), Map.of("because", reason));
    }

    private void setStatus(Conclusion c, Status status, String officer, String because) {
        jdbc.sql("update vetting_conclusion set status = ?, version = version + 1 where id = ?")
                .params(status.name(), c.id())
                .update();
        record(
                officer,
                "VettingConclusion" + (status == Status.SUPERSEDED ? "Superseded" : status.name()),
                find(c.id()).orElseThrow(),
                Map.of("because", because));
    }

    /** The linchpins as they stand: each with its credibility, its statement's source and letter, its flags. */
    private static List<Trigger> triggers(CaseFile file, BonaFides bonaFides, Analysis analysis) {
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (CaseFile.Entry e : file.record()) {
            if (e instanceof CaseFile.Debrief d) {
                d.statements().forEach(s -> sourceOf.put(s.id(), d.source()));
            } else if (e instanceof CaseFile.Report r) {
                r.statements().forEach(s -> sourceOf.put(s.id(), r.source()));
            }
        }
        Map<String, String> letters = new LinkedHashMap<>();
        analysis.sources().forEach(s -> letters.put(s.ref(), s.declared()));
        List<Trigger> triggers = new ArrayList<>();
        for (var entry : bonaFides.linchpinsByItem().entrySet()) {
            BonaFides.Row row = bonaFides.rows().stream()
                    .filter(r -> r.item().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow();
            String statement = row.statement();
            String source = statement == null ? null : sourceOf.get(statement);
            boolean refuted = false;
            boolean contradicted = false;
            if (statement != null) {
                for (Analysis.Claim claim : analysis.claims()) {
                    List<String> refutedBy = claim.because().getOrDefault(Analysis.Flag.REFUTED, List.of());
                    refuted |= refutedBy.contains(statement);
                }
                for (Analysis.Contradiction c : analysis.contradictions()) {
                    contradicted |= c.statements().contains(statement);
                }
            }
            triggers.add(new Trigger(
                    entry.getKey(),
                    entry.getValue().stream().map(BonaFides.Linchpin::by).toList(),
                    row.credibility(),
                    statement,
                    source,
                    source == null ? null : letters.get(source),
                    refuted,
                    contradicted));
        }
        return triggers;
    }

    /** The hash of the matrix and the checklists as the conclusion froze them: the file's vetting section. */
    static String matrixHash(CaseFile file) {
        return CanonicalJson.hash(file.document().path("vetting"));
    }

    private static String words(CaseFile.Weight weight) {
        return weight.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireVetting(Officer officer, String what) {
        if (!officer.roles().contains(Role.VETTING)) {
            throw new IllegalArgumentException("only a vetting officer may " + what);
        }
    }

    private void record(String officer, String action, Conclusion c, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("case", c.caseId());
        details.put("status", c.status().name());
        details.put("matrixSha256", c.matrixSha256());
        details.put("version", c.version());
        details.putAll(more);
        audit.append(new AuditRecord(officer, action, SUBJECT, c.id(), details, hash(c)));
    }

    private static String hash(Conclusion c) {
        return CanonicalJson.hash(JSON.convertValue(c, new TypeReference<Map<String, Object>>() {}));
    }

    private static final String COLUMNS =
            "id, case_id, file_version, matrix_sha256, hypotheses, leading_hypothesis, judgement,"
                    + " confidence, watch_for, triggers, status, proposed_by, proposed_at, approved_by, approved_at,"
                    + " reopened_at, reopened_because, task_id, version";

    private static Conclusion row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Conclusion(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                JSON.readValue(rs.getString(5), new TypeReference<List<BonaFides.Ranked>>() {}),
                rs.getString(6),
                rs.getString(7),
                Likelihood.valueOf(rs.getString(8)),
                rs.getString(9),
                JSON.readValue(rs.getString(10), new TypeReference<List<Trigger>>() {}),
                Status.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getObject(13, java.time.OffsetDateTime.class).toInstant(),
                rs.getString(14),
                instant(rs.getObject(15, java.time.OffsetDateTime.class)),
                instant(rs.getObject(16, java.time.OffsetDateTime.class)),
                rs.getString(17),
                rs.getString(18),
                rs.getLong(19));
    }

    private static @Nullable Instant instant(java.time.@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from vetting_conclusion order by id")
                .query(VettingConclusions::row)
                .list()
                .forEach(c -> states.put(c.id(), hash(c)));
        return states;
    }
}
