package org.haven.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.transaction.TransactionDefinition;

/** What the two stores do differently: the isolation that gives a snapshot, and how sequences are read. */
enum Dialect {
    H2 {
        @Override
        int snapshotIsolation() {
            // H2's repeatable read still lets rows inserted meanwhile appear; serializable reads one snapshot.
            return TransactionDefinition.ISOLATION_SERIALIZABLE;
        }

        @Override
        Map<String, Long> sequences(Connection connection) throws SQLException {
            Map<String, Long> next = new LinkedHashMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select sequence_name, base_value from information_schema.sequences"
                            + " where sequence_schema = current_schema and sequence_name not like 'SYSTEM_SEQUENCE%'"
                            + " order by sequence_name")) {
                while (rs.next()) {
                    next.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
                }
            }
            return next;
        }
    },
    POSTGRESQL {
        @Override
        int snapshotIsolation() {
            // PostgreSQL's repeatable read is a snapshot of the whole database, and never fails a read-only reader.
            return TransactionDefinition.ISOLATION_REPEATABLE_READ;
        }

        @Override
        Map<String, Long> sequences(Connection connection) throws SQLException {
            List<String> names = new ArrayList<>();
            // Sequences of the schema's own, not those behind identity or serial columns.
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select c.relname from pg_class c"
                            + " join pg_namespace n on n.oid = c.relnamespace"
                            + " where c.relkind = 'S' and n.nspname = current_schema()"
                            + " and not exists (select 1 from pg_depend d where d.objid = c.oid"
                            + " and d.deptype in ('i', 'a')) order by c.relname")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            Map<String, Long> next = new LinkedHashMap<>();
            for (String name : names) {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery(
                                "select case when is_called then last_value + 1 else last_value end from " + name)) {
                    rs.next();
                    next.put(name.toLowerCase(Locale.ROOT), rs.getLong(1));
                }
            }
            return next;
        }
    };

    abstract int snapshotIsolation();

    /** Each of the schema's own sequences, with the value it will give next. */
    abstract Map<String, Long> sequences(Connection connection) throws SQLException;

    static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Haven keeps its records in H2 or PostgreSQL, not " + product);
    }
}
