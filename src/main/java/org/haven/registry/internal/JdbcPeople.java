package org.haven.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.evidence.Citation;
import org.haven.registry.NameForm;
import org.haven.registry.People;
import org.haven.registry.Person;
import org.haven.registry.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry in the relational store, its source of truth. */
@Repository
@Transactional(readOnly = true)
public class JdbcPeople implements People {

    private final JdbcClient jdbc;

    public JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Person> findAll() {
        return load(null);
    }

    @Override
    public Optional<Person> findById(String id) {
        return load(id).stream().findFirst();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    /** The registry's generation: it grows with every change. */
    public long generation() {
        return jdbc.sql("select generation from registry_state where id = 1")
                .query(Long.class)
                .single();
    }

    /** Adds people, moving the generation on. */
    @Transactional
    public void add(List<Person> people) {
        for (Person p : people) {
            jdbc.sql("insert into person (id, given_name, surname, kind, case_id, note, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(p.id(), p.givenName(), p.surname(), p.kind().name(), p.caseId(), p.note(), p.version())
                    .update();
            for (int i = 0; i < p.names().size(); i++) {
                NameForm n = p.names().get(i);
                Citation c = n.source();
                jdbc.sql("insert into person_name (person_id, ordinal, name, document_id, section_no, passage)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(
                                p.id(),
                                i,
                                n.name(),
                                c == null ? null : c.document(),
                                c == null ? null : c.section(),
                                c == null ? null : c.passage())
                        .update();
            }
        }
        jdbc.sql("update registry_state set generation = generation + 1 where id = 1")
                .update();
    }

    private List<Person> load(String onlyId) {
        String where = onlyId == null ? "" : " where person_id = :id";
        Map<String, Object> params = onlyId == null ? Map.of() : Map.of("id", onlyId);
        Map<String, List<NameForm>> names = new LinkedHashMap<>();
        jdbc.sql("select person_id, name, document_id, section_no, passage from person_name" + where
                        + " order by person_id, ordinal")
                .params(params)
                .query(rs -> {
                    String document = rs.getString(3);
                    names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new NameForm(
                                    rs.getString(2),
                                    document == null
                                            ? null
                                            : new Citation(document, rs.getString(4), rs.getString(5))));
                });
        return jdbc.sql("select id, given_name, surname, kind, case_id, note, version from person"
                        + (onlyId == null ? "" : " where id = :id") + " order by id")
                .params(params)
                .query((rs, n) -> new Person(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        PersonKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        names.getOrDefault(rs.getString(1), List.of()),
                        rs.getLong(7)))
                .list();
    }
}
