package org.haven.archive.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.Facts;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.cases.CaseId;
import org.haven.cases.DefectorId;
import org.haven.evidence.Certainty;
import org.haven.evidence.Citation;
import org.haven.store.Snapshots;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive in the relational store: a past case is a row of {@code defection_case} that no approach opened, its
 * defectors, and one row per fact and cited passage.
 */
@Repository
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class JdbcArchive implements Archive {

    /** The rows that are past cases: those no approach opened. */
    private static final String PAST = "not exists (select 1 from approach a where a.case_id = c.id)";

    private static final Comparator<PastCase> BY_DATE = Comparator.comparing(
                    (PastCase c) -> c.defected().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id().value());

    private final JdbcClient jdbc;

    private final Snapshots snapshots;

    public JdbcArchive(JdbcClient jdbc, Snapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    @Override
    public List<PastCase> findAll() {
        return load(PAST, Map.of());
    }

    @Override
    public List<PastCase> findByDataset(String dataset) {
        return load(PAST + " and c.dataset = :dataset", Map.of("dataset", dataset));
    }

    @Override
    public Optional<PastCase> findById(CaseId id) {
        return load(PAST + " and c.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from defection_case c where " + PAST)
                .query(Long.class)
                .single();
    }

    /** Adds a past case with its defectors and facts. */
    @Transactional
    public void add(PastCase c) {
        jdbc.sql("insert into defection_case (id, version, status, closed, dataset)"
                        + " values (?, ?, 'HISTORICAL', false, ?)")
                .params(c.id().value(), c.version(), c.dataset())
                .update();
        insertFacts(c.id(), null, c.facts());
        int ordinal = 0;
        for (PastDefector d : c.defectors()) {
            jdbc.sql("insert into defector (id, case_id, ordinal, given_name, surname) values (?, ?, ?, ?, ?)")
                    .params(d.id().value(), c.id().value(), ordinal++, d.givenName(), d.surname())
                    .update();
            insertFacts(c.id(), d.id(), d.facts());
        }
    }

    private void insertFacts(CaseId caseId, @Nullable DefectorId defectorId, Facts facts) {
        facts.asMap().forEach((attribute, list) -> {
            for (int i = 0; i < list.size(); i++) {
                insertFact(caseId, defectorId, attribute, i, list.get(i));
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertFact(
            CaseId caseId, @Nullable DefectorId defectorId, Attribute attribute, int ordinal, Fact<?> fact) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fact (case_id, defector_id, attribute, ordinal, value_text, certainty, note)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        caseId.value(),
                        defectorId == null ? null : defectorId.value(),
                        attribute.name(),
                        ordinal,
                        attribute.format(fact.value()),
                        fact.certainty().name(),
                        fact.note())
                .update(keys, "id");
        long factId = keys.getKeyAs(Long.class);
        for (int i = 0; i < fact.sources().size(); i++) {
            Citation source = fact.sources().get(i);
            jdbc.sql("insert into fact_source (fact_id, ordinal, document_id, section_no, passage)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(factId, i, source.document(), source.section(), source.passage())
                    .update();
        }
    }

    /** Loads the past cases that meet a condition, reading every table in one snapshot. */
    private List<PastCase> load(String condition, Map<String, Object> params) {
        return snapshots.read(() -> loadNow(condition, params));
    }

    private List<PastCase> loadNow(String condition, Map<String, Object> params) {
        // Joined to the case row, never filtered by a nested subquery, which H2 would evaluate for every row.
        Map<String, List<Citation>> sourcesByFact = new LinkedHashMap<>();
        jdbc.sql("select s.fact_id, s.document_id, s.section_no, s.passage from fact_source s"
                        + " join fact f on f.id = s.fact_id join defection_case c on c.id = f.case_id where "
                        + condition
                        + " order by s.fact_id, s.ordinal")
                .params(params)
                .query(rs -> {
                    sourcesByFact
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4)));
                });

        Map<String, Facts.Builder> factsBySubject = new LinkedHashMap<>();
        jdbc.sql("select f.id, f.case_id, f.defector_id, f.attribute, f.value_text, f.certainty, f.note from fact f"
                        + " join defection_case c on c.id = f.case_id where " + condition + " order by f.id")
                .params(params)
                .query(rs -> {
                    String defectorId = rs.getString(3);
                    String subjectKey = defectorId == null ? "case:" + rs.getString(2) : "defector:" + defectorId;
                    String name = rs.getString(4);
                    Attribute<?> attribute = Attribute.named(name)
                            .orElseThrow(() -> new IllegalStateException("unknown attribute in store: " + name));
                    Facts.Builder builder =
                            factsBySubject.computeIfAbsent(subjectKey, k -> Facts.builder(attribute.subject()));
                    addFact(
                            builder,
                            attribute,
                            rs.getString(5),
                            Certainty.valueOf(rs.getString(6)),
                            sourcesByFact.getOrDefault(rs.getString(1), List.of()),
                            rs.getString(7));
                });

        Map<String, List<PastDefector>> defectorsByCase = new LinkedHashMap<>();
        jdbc.sql("select d.id, d.case_id, d.given_name, d.surname from defector d"
                        + " join defection_case c on c.id = d.case_id where " + condition
                        + " order by d.case_id, d.ordinal")
                .params(params)
                .query(rs -> {
                    Facts.Builder facts = factsBySubject.get("defector:" + rs.getString(1));
                    defectorsByCase
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new PastDefector(
                                    new DefectorId(rs.getString(1)),
                                    rs.getString(3),
                                    rs.getString(4),
                                    facts == null ? Facts.none() : facts.build()));
                });

        List<PastCase> found = new ArrayList<>();
        jdbc.sql("select c.id, c.version, c.dataset from defection_case c where " + condition)
                .params(params)
                .query(rs -> {
                    String id = rs.getString(1);
                    Facts.Builder facts = factsBySubject.get("case:" + id);
                    found.add(new PastCase(
                            new CaseId(id),
                            rs.getLong(2),
                            defectorsByCase.getOrDefault(id, List.of()),
                            facts == null ? Facts.none() : facts.build(),
                            rs.getString(3)));
                });
        found.sort(BY_DATE);
        return found;
    }

    private static <T> void addFact(
            Facts.Builder builder,
            Attribute<T> attribute,
            String value,
            Certainty certainty,
            List<Citation> sources,
            @Nullable String note) {
        builder.add(attribute, new Fact<>(attribute.parse(value), certainty, sources, note));
    }
}
