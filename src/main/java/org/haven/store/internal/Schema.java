package org.haven.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The store's tables as the database describes them, in an order in which every row's references come first. */
record Schema(List<Table> tables) {

    static final String MIGRATIONS = "flyway_schema_history";

    /** A column's kind of value, as written in a backup. */
    enum Kind {
        TEXT,
        INTEGER,
        BOOLEAN,
        TIMESTAMP
    }

    record Column(String name, Kind kind, boolean identity) {}

    record Table(String name, List<Column> columns, List<String> key) {}

    static Schema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, String> stored = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(MIGRATIONS)) {
                    stored.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        Map<String, Table> tables = new HashMap<>();
        Map<String, Set<String>> references = new TreeMap<>();
        for (var entry : stored.entrySet()) {
            String name = entry.getKey();
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getValue(), "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.add(new Column(
                            column,
                            kind(name, column, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")),
                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            TreeMap<Integer, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, entry.getValue())) {
                while (rs.next()) {
                    key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            Set<String> referenced = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, entry.getValue())) {
                while (rs.next()) {
                    String other = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!other.equals(name)) {
                        referenced.add(other);
                    }
                }
            }
            tables.put(name, new Table(name, List.copyOf(columns), List.copyOf(key.values())));
            references.put(name, referenced);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < references.size()) {
            String next = references.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()) && placed.containsAll(e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables' references form a cycle"));
            placed.add(next);
            ordered.add(tables.get(next));
        }
        return new Schema(List.copyOf(ordered));
    }

    private static Kind kind(String table, String column, int type, String typeName) {
        return switch (type) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> Kind.TEXT;
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            case Types.TIMESTAMP -> {
                if (typeName.toLowerCase(Locale.ROOT).contains("tz")) {
                    yield Kind.TIMESTAMP;
                }
                throw new IllegalStateException(
                        table + "." + column + " is a timestamp without a time zone, which a backup cannot carry");
            }
            default ->
                throw new IllegalStateException(
                        table + "." + column + " is of type " + typeName + ", which a backup cannot carry yet");
        };
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
