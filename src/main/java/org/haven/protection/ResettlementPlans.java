package org.haven.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.audit.AuditLog;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditedRecords;
import org.haven.audit.CanonicalJson;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.TaskKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * His new life: a livelihood ("if he is left with no resources he presents a security risk"), a point of contact, and
 * the plan's milestones, each a task of the case on its date. Kept by resettlement officers, one version after
 * another, audited.
 */
@Service
public class ResettlementPlans implements AuditedRecords {

    static final String SUBJECT = "resettlement-plan";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseManagement management;
    private final AuditLog audit;
    private final Clock clock;

    ResettlementPlans(JdbcClient jdbc, CaseManagement management, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Livelihood {
        EMPLOYMENT,
        PENSION,
        WRITING,
        NONE_YET
    }

    public record Milestone(
            String what, LocalDate due, @Nullable Instant done, String setBy) {}

    public record Plan(
            String caseId,
            @Nullable Livelihood livelihood,
            @Nullable String livelihoodNote,
            @Nullable String pointOfContact,
            List<Milestone> milestones,
            String updatedBy,
            Instant updatedAt,
            long version) {

        /** A man with no livelihood is a security risk: flagged. */
        public boolean withoutResources() {
            return livelihood == null || livelihood == Livelihood.NONE_YET;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Plan> of(CaseId caseId) {
        return jdbc.sql("select case_id, livelihood, livelihood_note, point_of_contact, milestones, updated_by,"
                        + " updated_at, version from resettlement_plan where case_id = ?")
                .param(caseId.value())
                .query(ResettlementPlans::row)
                .optional();
    }

    /**
     * Writes the plan's livelihood and point of contact, on the version read ({@code -1} for a first plan).
     *
     * @throws IllegalArgumentException on a stale version
     */
    @Transactional
    public Plan save(
            CaseId caseId,
            @Nullable Livelihood livelihood,
            @Nullable String note,
            @Nullable String contact,
            String officer,
            long version) {
        Optional<Plan> current = of(caseId);
        List<Milestone> milestones = current.map(Plan::milestones).orElse(List.of());
        write(caseId, livelihood, note, contact, milestones, officer, version, current);
        Plan plan = of(caseId).orElseThrow();
        record(officer, "ResettlementPlanSaved", plan);
        return plan;
    }

    /** A milestone of the plan, a task for the officer on its day. */
    @Transactional
    public Plan milestone(CaseId caseId, String what, LocalDate due, String officer, long version) {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("a milestone says what is to be done");
        }
        Instant at = due.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!at.isAfter(clock.instant()) || at.isAfter(clock.instant().plus(java.time.Duration.ofDays(3660)))) {
            throw new IllegalArgumentException("a milestone is set for a day ahead, within ten years");
        }
        Optional<Plan> current = of(caseId);
        List<Milestone> milestones =
                new ArrayList<>(current.map(Plan::milestones).orElse(List.of()));
        milestones.add(new Milestone(what.strip(), due, null, officer));
        write(
                caseId,
                current.map(Plan::livelihood).orElse(null),
                current.map(Plan::livelihoodNote).orElse(null),
                current.map(Plan::pointOfContact).orElse(null),
                milestones,
                officer,
                version,
                current);
        management.assignTask(caseId, TaskKind.HOUSE, "Resettlement: " + what.strip(), officer, at, officer);
        Plan plan = of(caseId).orElseThrow();
        record(officer, "ResettlementMilestoneSet", plan);
        return plan;
    }

    private void write(
            CaseId caseId,
            @Nullable Livelihood livelihood,
            @Nullable String note,
            @Nullable String contact,
            List<Milestone> milestones,
            String officer,
            long version,
            Optional<Plan> current) {
        long at = current.map(Plan::version).orElse(-1L);
        if (at != version) {
            throw new IllegalArgumentException(
                    "the plan is at version " + at + ", not " + version + ": read it again, then change it");
        }
        String json = JSON.writeValueAsString(milestones);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        String noted = note == null || note.isBlank() ? null : note.strip();
        String contacted = contact == null || contact.isBlank() ? null : contact.strip();
        if (current.isEmpty()) {
            jdbc.sql(
                            "insert into resettlement_plan (case_id, livelihood, livelihood_note, point_of_contact, milestones,"
                                    + " updated_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(
                            caseId.value(),
                            livelihood == null ? null : livelihood.name(),
                            noted,
                            contacted,
                            json,
                            officer,
                            now)
                    .update();
        } else {
            jdbc.sql("update resettlement_plan set livelihood = ?, livelihood_note = ?, point_of_contact = ?,"
                            + " milestones = ?, updated_by = ?, updated_at = ?, version = version + 1 where case_id = ?"
                            + " and version = ?")
                    .params(
                            livelihood == null ? null : livelihood.name(),
                            noted,
                            contacted,
                            json,
                            officer,
                            now,
                            caseId.value(),
                            version)
                    .update();
        }
    }

    private void record(String officer, String action, Plan plan) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("case", plan.caseId());
        d.put("livelihood", plan.livelihood() == null ? null : plan.livelihood().name());
        d.put("milestones", plan.milestones().size());
        d.put("version", plan.version());
        audit.append(new AuditRecord(officer, action, SUBJECT, plan.caseId(), d, hash(plan)));
    }

    private static String hash(Plan p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("case", p.caseId());
        s.put("livelihood", p.livelihood() == null ? null : p.livelihood().name());
        s.put("note", p.livelihoodNote());
        s.put("contact", p.pointOfContact());
        s.put("milestones", JSON.writeValueAsString(p.milestones()));
        s.put("updatedBy", p.updatedBy());
        s.put("version", p.version());
        return CanonicalJson.hash(s);
    }

    private static Plan row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Plan(
                rs.getString(1),
                rs.getString(2) == null ? null : Livelihood.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                JSON.readValue(rs.getString(5), new TypeReference<List<Milestone>>() {}),
                rs.getString(6),
                rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                rs.getLong(8));
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.sql("select case_id, livelihood, livelihood_note, point_of_contact, milestones, updated_by, updated_at,"
                        + " version from resettlement_plan order by case_id")
                .query(ResettlementPlans::row)
                .list()
                .forEach(p -> states.put(p.caseId(), hash(p)));
        return states;
    }
}
