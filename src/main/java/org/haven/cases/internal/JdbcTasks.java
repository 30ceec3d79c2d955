package org.haven.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.haven.cases.CaseId;
import org.haven.cases.CaseTask;
import org.haven.cases.TaskKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks on cases in the relational store. */
@Repository
public class JdbcTasks {

    private final JdbcClient jdbc;

    public JdbcTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CaseTask t) {
        jdbc.sql("insert into case_task (id, case_id, kind, title, owner, due, created_at, completed_at, completed_by,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        t.id(),
                        t.caseId().value(),
                        t.kind().name(),
                        t.title(),
                        t.owner(),
                        time(t.due()),
                        time(t.createdAt()),
                        time(t.completedAt()),
                        t.completedBy(),
                        t.version())
                .update();
    }

    /** Stores a changed task if nobody changed it since the version it was read at; false otherwise. */
    public boolean update(CaseTask t, long expectedVersion) {
        return jdbc.sql("update case_task set completed_at = ?, completed_by = ?, version = ? where id = ? and"
                                + " version = ?")
                        .params(time(t.completedAt()), t.completedBy(), t.version(), t.id(), expectedVersion)
                        .update()
                == 1;
    }

    public Optional<CaseTask> find(String id) {
        return jdbc.sql("select * from case_task where id = ?")
                .params(id)
                .query(JdbcTasks::task)
                .optional();
    }

    public List<CaseTask> of(CaseId caseId) {
        return jdbc.sql("select * from case_task where case_id = ? order by due, id")
                .params(caseId.value())
                .query(JdbcTasks::task)
                .list();
    }

    public List<CaseTask> all() {
        return jdbc.sql("select * from case_task order by id")
                .query(JdbcTasks::task)
                .list();
    }

    private static CaseTask task(ResultSet rs, int row) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new CaseTask(
                rs.getString("id"),
                new CaseId(rs.getString("case_id")),
                TaskKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("owner"),
                rs.getObject("due", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant(),
                rs.getString("completed_by"),
                rs.getLong("version"));
    }

    private static @Nullable OffsetDateTime time(java.time.@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
