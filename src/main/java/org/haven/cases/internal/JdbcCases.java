package org.haven.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.cases.Approach;
import org.haven.cases.CaseId;
import org.haven.cases.CaseStatus;
import org.haven.cases.Cases;
import org.haven.cases.ConcurrentCaseChange;
import org.haven.cases.DefectionCase;
import org.haven.cases.Defector;
import org.haven.cases.DefectorId;
import org.haven.cases.Lifecycle;
import org.haven.cases.PastTransition;
import org.haven.cases.PendingApproval;
import org.haven.cases.Setting;
import org.haven.cases.Track;
import org.haven.cases.TrackState;
import org.haven.cases.Transition;
import org.haven.store.Snapshots;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The live cases in a relational store: one row per case, defector, track, move and pending approval. */
@Repository
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class JdbcCases implements Cases {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcCases.class);

    /** Live cases, the earliest approach first. */
    private static final Comparator<DefectionCase> BY_DATE = Comparator.comparing(
                    (DefectionCase c) -> c.approach().approachedAt())
            .thenComparing(c -> c.id().value());

    private final JdbcClient jdbc;

    private final Snapshots snapshots;

    public JdbcCases(JdbcClient jdbc, Snapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    @Override
    public List<DefectionCase> findAll() {
        return load(null);
    }

    @Override
    public Optional<DefectionCase> findById(CaseId id) {
        return load(id).stream().findFirst();
    }

    @Override
    public long count() {
        return countLive();
    }

    @Override
    public long countLive() {
        return jdbc.sql("select count(*) from approach").query(Long.class).single();
    }

    /**
     * Stores a changed case, provided nobody changed it since the version it was read at.
     *
     * @throws ConcurrentCaseChange when the stored version is no longer the one expected
     */
    @Transactional
    public void update(DefectionCase changed, long expectedVersion) {
        int rows = jdbc.sql(
                        "update defection_case set status = ?, closed = ?, version = ? where id = ? and version = ?")
                .params(
                        changed.status().name(),
                        changed.lifecycle().closed(),
                        changed.version(),
                        changed.id().value(),
                        expectedVersion)
                .update();
        if (rows == 0) {
            long current = jdbc.sql("select version from defection_case where id = ?")
                    .params(changed.id().value())
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new org.haven.cases.CaseNotFound(changed.id()));
            throw new ConcurrentCaseChange(changed.id(), expectedVersion, current);
        }
        Approach approach = changed.lifecycle().approach();
        if (approach != null) {
            jdbc.sql("update approach set escalation_level = ?, custody_pending_decision = ?, decided_at = ?,"
                            + " decision = ? where case_id = ?")
                    .params(
                            approach.escalationLevel(),
                            approach.custodyPendingDecision(),
                            time(approach.decidedAt()),
                            approach.decision() == null
                                    ? null
                                    : approach.decision().name(),
                            changed.id().value())
                    .update();
        }
        writeLifecycle(changed, storedTransitions(changed.id()), false);
    }

    private int storedTransitions(CaseId id) {
        return jdbc.sql("select count(*) from case_transition where case_id = ?")
                .params(id.value())
                .query(Integer.class)
                .single();
    }

    /** Writes the tracks, the pending move and the moves not yet stored; a new case has nothing to replace. */
    private void writeLifecycle(DefectionCase c, int transitionsStored, boolean isNew) {
        if (!isNew) {
            jdbc.sql("delete from case_track where case_id = ?")
                    .params(c.id().value())
                    .update();
            jdbc.sql("delete from pending_approval where case_id = ?")
                    .params(c.id().value())
                    .update();
        }
        c.lifecycle()
                .tracks()
                .forEach((track, state) -> jdbc.sql("insert into case_track (case_id, track, state) values (?, ?, ?)")
                        .params(c.id().value(), track.name(), state.name())
                        .update());
        PendingApproval pending = c.lifecycle().pending();
        if (pending != null) {
            jdbc.sql("insert into pending_approval (case_id, transition, proposed_by, proposed_at, reason)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            c.id().value(),
                            pending.transition().name(),
                            pending.proposedBy(),
                            time(pending.proposedAt()),
                            pending.reason())
                    .update();
        }
        List<PastTransition> history = c.lifecycle().history();
        for (int i = transitionsStored; i < history.size(); i++) {
            PastTransition t = history.get(i);
            jdbc.sql("insert into case_transition (case_id, ordinal, transition, from_status, to_status, from_state,"
                            + " to_state, officer, approved_by, at, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            c.id().value(),
                            i,
                            t.transition().name(),
                            t.from().name(),
                            t.to().name(),
                            t.fromState() == null ? null : t.fromState().name(),
                            t.toState() == null ? null : t.toState().name(),
                            t.officer(),
                            t.approvedBy(),
                            time(t.at()),
                            t.reason())
                    .update();
        }
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Adds a new case with its defectors, facts and lifecycle. */
    @Transactional
    public void add(DefectionCase c) {
        jdbc.sql("insert into defection_case (id, version, status, closed) values (?, ?, ?, ?)")
                .params(
                        c.id().value(),
                        c.version(),
                        c.status().name(),
                        c.lifecycle().closed())
                .update();
        Approach approach = c.lifecycle().approach();
        if (approach != null) {
            jdbc.sql("insert into approach (case_id, name_given, place, country, setting, recipient, offers, fears,"
                            + " others_who_know, received_by, approached_at, decision_due, escalation_level,"
                            + " custody_pending_decision, decided_at, decision)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            c.id().value(),
                            approach.nameGiven(),
                            approach.place(),
                            approach.country(),
                            approach.setting().name(),
                            approach.recipient(),
                            approach.offers(),
                            approach.fears(),
                            approach.othersWhoKnow(),
                            approach.receivedBy(),
                            time(approach.approachedAt()),
                            time(approach.decisionDue()),
                            approach.escalationLevel(),
                            approach.custodyPendingDecision(),
                            time(approach.decidedAt()),
                            approach.decision() == null
                                    ? null
                                    : approach.decision().name())
                    .update();
        }
        writeLifecycle(c, 0, true);
        int ordinal = 0;
        for (Defector d : c.defectors()) {
            jdbc.sql("insert into defector (id, case_id, ordinal, given_name, surname) values (?, ?, ?, ?, ?)")
                    .params(d.id().value(), c.id().value(), ordinal++, d.givenName(), d.surname())
                    .update();
        }
    }

    /**
     * The cases in a status: those whose row says so, checked against the status their tracks give, so that a row
     * altered behind the log's back can hide a case from a list but never put it in the wrong one.
     */
    @Override
    public List<DefectionCase> findByStatus(CaseStatus status) {
        return load("c.status = :status", Map.of("status", status.name())).stream()
                .filter(c -> c.status() == status)
                .toList();
    }

    private List<DefectionCase> load(@Nullable CaseId only) {
        return only == null ? load(null, Map.of()) : load("c.id = :id", Map.of("id", only.value()));
    }

    /**
     * Loads the live cases that meet a condition, reading every table in one snapshot: a case being recorded or moved
     * meanwhile is read whole as it was, or not at all.
     */
    private List<DefectionCase> load(@Nullable String condition, Map<String, Object> params) {
        return snapshots.read(() -> loadNow(condition, params));
    }

    /** The rows that are live cases: those an approach opened (the others are the archive's). */
    private static final String LIVE = "exists (select 1 from approach a where a.case_id = c.id)";

    /** Loads the live cases that meet a condition on {@code defection_case}, or all of them. */
    private List<DefectionCase> loadNow(@Nullable String condition, Map<String, Object> params) {
        // Each table is joined to the approaches (and to the case row when there is a condition on it), never
        // filtered by a nested subquery, which H2 would evaluate again for every row.
        String caseWhere = " c join approach a on a.case_id = c.id" + (condition == null ? "" : " where " + condition);
        String where = " t join approach a on a.case_id = t.case_id"
                + (condition == null ? "" : " join defection_case c on c.id = t.case_id where " + condition);

        Map<String, List<Defector>> defectorsByCase = new LinkedHashMap<>();
        jdbc.sql("select t.id, t.case_id, t.given_name, t.surname from defector" + where
                        + " order by t.case_id, t.ordinal")
                .params(params)
                .query(rs -> {
                    defectorsByCase
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Defector(new DefectorId(rs.getString(1)), rs.getString(3), rs.getString(4)));
                });

        Map<String, Approach> approaches = new HashMap<>();
        jdbc.sql("select t.* from approach t"
                        + (condition == null ? "" : " join defection_case c on c.id = t.case_id where " + condition))
                .params(params)
                .query(rs -> {
                    String decision = rs.getString("decision");
                    approaches.put(
                            rs.getString("case_id"),
                            new Approach(
                                    rs.getString("name_given"),
                                    rs.getString("place"),
                                    rs.getString("country"),
                                    Setting.valueOf(rs.getString("setting")),
                                    rs.getString("recipient"),
                                    rs.getString("offers"),
                                    rs.getString("fears"),
                                    rs.getString("others_who_know"),
                                    rs.getString("received_by"),
                                    instant(rs, "approached_at"),
                                    instant(rs, "decision_due"),
                                    rs.getInt("escalation_level"),
                                    rs.getBoolean("custody_pending_decision"),
                                    instant(rs, "decided_at"),
                                    decision == null ? null : Transition.valueOf(decision)));
                });
        Map<String, PendingApproval> pendings = new HashMap<>();
        jdbc.sql("select t.* from pending_approval" + where).params(params).query(rs -> {
            pendings.put(
                    rs.getString("case_id"),
                    new PendingApproval(
                            Transition.valueOf(rs.getString("transition")),
                            rs.getString("proposed_by"),
                            instant(rs, "proposed_at"),
                            rs.getString("reason")));
        });
        Map<String, List<PastTransition>> histories = new HashMap<>();
        jdbc.sql("select t.* from case_transition" + where + " order by t.case_id, t.ordinal")
                .params(params)
                .query(rs -> {
                    histories
                            .computeIfAbsent(rs.getString("case_id"), k -> new ArrayList<>())
                            .add(new PastTransition(
                                    Transition.valueOf(rs.getString("transition")),
                                    CaseStatus.valueOf(rs.getString("from_status")),
                                    CaseStatus.valueOf(rs.getString("to_status")),
                                    state(rs.getString("from_state")),
                                    state(rs.getString("to_state")),
                                    rs.getString("officer"),
                                    rs.getString("approved_by"),
                                    instant(rs, "at"),
                                    rs.getString("reason")));
                });

        Map<String, Map<Track, TrackState>> tracks = new HashMap<>();
        jdbc.sql("select t.case_id, t.track, t.state from case_track" + where)
                .params(params)
                .query(rs -> {
                    tracks.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Track.class))
                            .put(Track.valueOf(rs.getString(2)), TrackState.valueOf(rs.getString(3)));
                });

        List<DefectionCase> cases = new ArrayList<>();
        jdbc.sql("select c.id, c.version, c.status, c.closed from defection_case" + caseWhere)
                .params(params)
                .query(rs -> {
                    String id = rs.getString(1);
                    Lifecycle lifecycle = new Lifecycle(
                            approaches.get(id),
                            tracks.getOrDefault(id, Map.of()),
                            rs.getBoolean(4),
                            pendings.get(id),
                            histories.getOrDefault(id, List.of()));
                    try {
                        cases.add(new DefectionCase(
                                new CaseId(id), rs.getLong(2), defectorsByCase.getOrDefault(id, List.of()), lifecycle));
                    } catch (IllegalArgumentException e) {
                        // A fault in one case never names it to a reader who may not see it: logged, not answered.
                        log.error("Case {} in the store is malformed: {}", id, e.getMessage());
                        throw new IllegalStateException("a case in the store is malformed; the fault is logged");
                    }
                });
        cases.sort(BY_DATE);
        return cases;
    }

    private static @Nullable TrackState state(@Nullable String name) {
        return name == null ? null : TrackState.valueOf(name);
    }

    /** Writes the case's headline status, derived from its tracks, into its row. */
    @Transactional
    public void storeStatus(DefectionCase c) {
        jdbc.sql("update defection_case set status = ? where id = ?")
                .params(c.status().name(), c.id().value())
                .update();
    }

    /** The headline status each live case's row holds, as written when it last changed. */
    public Map<CaseId, String> storedStatuses() {
        Map<CaseId, String> statuses = new HashMap<>();
        jdbc.sql("select c.id, c.status from defection_case c where " + LIVE).query(rs -> {
            statuses.put(new CaseId(rs.getString(1)), rs.getString(2));
        });
        return statuses;
    }
}
