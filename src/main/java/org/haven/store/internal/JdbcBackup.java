package org.haven.store.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haven.audit.AuditVerification;
import org.haven.store.Backup;
import org.haven.store.BackupRefused;
import org.haven.store.StoreRestored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup format: UTF-8 JSON lines. A header line names the format, the schema version, every table with its
 * columns and row count, and the next value of every sequence; then one line per row, table by table, references
 * first; then an end line with the number of lines and the SHA-256 of every byte before it.
 */
@Service
class JdbcBackup implements Backup {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final AuditVerification audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BackupKey key;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcBackup(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            AuditVerification audit,
            ApplicationEventPublisher events,
            Clock clock,
            BackupKey key) {
        this.key = key;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ----- writing

    @Override
    public Summary write(Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Dialect dialect = jdbc.execute((ConnectionCallback<Dialect>) Dialect::of);
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(Objects.requireNonNull(dialect).snapshotIsolation());
        try {
            Summary summary = Objects.requireNonNull(snapshot.execute(status -> writeSnapshot(partial, dialect)));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named as such; nothing depends on it
            }
        }
    }

    private Summary writeSnapshot(Path partial, Dialect dialect) {
        AuditVerification.Result chain = audit.verify();
        if (!chain.intact()) {
            throw new BackupRefused("The audit record is broken, so a backup of it would not restore: "
                    + chain.failure() + " (run 'audit verify')");
        }
        return jdbc.execute((ConnectionCallback<Summary>) connection -> {
            Schema schema = Schema.read(connection);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Schema.Table t : schema.tables()) {
                counts.put(t.name(), count(connection, t.name()));
            }
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.put("format", BackupFile.FORMAT);
            header.put("version", BackupFile.VERSION);
            header.put("createdAt", clock.instant().toString());
            header.put("database", connection.getMetaData().getDatabaseProductName());
            String schemaVersion = schemaVersion(connection);
            header.put("schemaVersion", schemaVersion);
            header.put("auditEntries", chain.entries());
            ArrayNode tables = header.putArray("tables");
            for (Schema.Table t : schema.tables()) {
                ObjectNode table = tables.addObject();
                table.put("name", t.name());
                ObjectNode columns = table.putObject("columns");
                t.columns().forEach(c -> columns.put(c.name(), c.kind().name().toLowerCase(java.util.Locale.ROOT)));
                table.put("rows", counts.get(t.name()));
            }
            ObjectNode sequences = header.putObject("sequences");
            dialect.sequences(connection).forEach(sequences::put);
            try (DigestWriter out = new DigestWriter(partial)) {
                out.line(json.writeValueAsString(header));
                for (Schema.Table t : schema.tables()) {
                    writeRows(connection, t, out);
                }
                String digest = out.digest();
                ObjectNode end = JsonNodeFactory.instance.objectNode();
                end.putObject("end")
                        .put("lines", out.lines())
                        .put("sha256", digest)
                        .put("tag", key.tag(digest));
                out.trailer(json.writeValueAsString(end));
                return new Summary(counts, chain.entries(), schemaVersion, digest);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + partial, e);
            }
        });
    }

    private void writeRows(Connection connection, Schema.Table t, DigestWriter out) throws SQLException, IOException {
        String order = String.join(
                ", ",
                t.key().isEmpty()
                        ? t.columns().stream().map(Schema.Column::name).toList()
                        : t.key());
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs =
                    s.executeQuery("select " + columnList(t) + " from " + t.name() + " order by " + order)) {
                while (rs.next()) {
                    ArrayNode row = JsonNodeFactory.instance.arrayNode();
                    row.add(t.name());
                    for (int i = 0; i < t.columns().size(); i++) {
                        add(row, t.columns().get(i).kind(), rs, i + 1);
                    }
                    out.line(json.writeValueAsString(row));
                }
            }
        }
    }

    private static void add(ArrayNode row, Schema.Kind kind, ResultSet rs, int column) throws SQLException {
        switch (kind) {
            case TEXT -> row.add(rs.getString(column));
            case INTEGER -> {
                long value = rs.getLong(column);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(column);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case TIMESTAMP -> {
                OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                if (value == null) {
                    row.addNull();
                } else {
                    row.add(value.toInstant().toString());
                }
            }
        }
    }

    // ----- restoring

    @Override
    public Summary restore(Path file, boolean unauthenticated) {
        BackupFile.Checked checked = BackupFile.check(file);
        if (checked.tag() != null) {
            key.check(checked.sha256(), checked.tag(), file);
        } else if (!unauthenticated) {
            throw new BackupRefused("The backup file " + file + " carries no tag (format version "
                    + checked.version() + ", from before backups were authenticated), so nothing shows it was not"
                    + " altered; restore it only if you know where it has been, with --unauthenticated");
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Summary summary = Objects.requireNonNull(tx.execute(status -> load(file, checked)));
        events.publishEvent(new StoreRestored(summary));
        return summary;
    }

    /** The second pass, in the restore's transaction: every row in, then the counts and the chain checked. */
    private Summary load(Path file, BackupFile.Checked checked) {
        AuditVerification.Result before = audit.verify();
        if (before.entries() > 0) {
            throw new BackupRefused("This store is not empty: its audit record holds " + before.entries()
                    + " entries. Restore into an empty store (a new --data-dir, or a new PostgreSQL database).");
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Schema schema = Schema.read(connection);
            String version = schemaVersion(connection);
            if (!version.equals(checked.schemaVersion())) {
                throw new BackupRefused("The backup is of schema version " + checked.schemaVersion()
                        + "; this store is at version " + version);
            }
            List<String> here = schema.tables().stream().map(Schema.Table::name).toList();
            List<String> there =
                    checked.tables().stream().map(Schema.Table::name).toList();
            if (!new java.util.TreeSet<>(here).equals(new java.util.TreeSet<>(there))) {
                throw new BackupRefused("The backup holds tables " + there + "; this store has " + here);
            }
            for (Schema.Table t : checked.tables()) {
                if (!schema.table(t.name()).columns().stream()
                        .map(Schema.Column::name)
                        .toList()
                        .equals(t.columns().stream().map(Schema.Column::name).toList())) {
                    throw new BackupRefused("The backup's columns of " + t.name() + " differ from this store's");
                }
            }
            // Only what the migrations put there is left in an empty store: it is replaced by the backup's rows.
            for (Schema.Table t : schema.tables().reversed()) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("delete from " + t.name());
                }
            }
            insertAll(connection, file, schema, checked);
            for (Schema.Table t : schema.tables()) {
                long rows = count(connection, t.name());
                if (rows != checked.rows().get(t.name())) {
                    throw new BackupRefused("After the restore " + t.name() + " holds " + rows + " rows where the"
                            + " backup holds " + checked.rows().get(t.name()));
                }
                for (Schema.Column c : t.columns()) {
                    if (c.identity()) {
                        long next = next(connection, t.name(), c.name());
                        try (Statement s = connection.createStatement()) {
                            s.execute(
                                    "alter table " + t.name() + " alter column " + c.name() + " restart with " + next);
                        }
                    }
                }
            }
            for (var sequence : checked.sequences().entrySet()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(
                            "alter sequence " + identifier(sequence.getKey()) + " restart with " + sequence.getValue());
                }
            }
            return null;
        });
        AuditVerification.Result after = audit.verify();
        if (!after.intact()) {
            throw new BackupRefused("The backup's audit record does not verify: " + after.failure());
        }
        if (after.entries() != checked.auditEntries()) {
            throw new BackupRefused("The backup's audit record holds " + after.entries() + " entries where its header"
                    + " says " + checked.auditEntries());
        }
        return new Summary(checked.rows(), after.entries(), checked.schemaVersion(), checked.sha256());
    }

    private void insertAll(Connection connection, Path file, Schema schema, BackupFile.Checked checked)
            throws SQLException {
        MessageDigest digest = BackupFile.sha256();
        try (BufferedReader in = BackupFile.reader(file)) {
            String line = in.readLine();
            digest.update((Objects.requireNonNull(line) + "\n").getBytes(StandardCharsets.UTF_8));
            PreparedStatement insert = null;
            Schema.Table current = null;
            int batched = 0;
            try {
                while ((line = in.readLine()) != null) {
                    JsonNode node = json.readTree(line);
                    if (node.isObject()) {
                        break;
                    }
                    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    String name = node.get(0).asString();
                    if (current == null || !current.name().equals(name)) {
                        if (insert != null) {
                            insert.executeBatch();
                            insert.close();
                        }
                        current = schema.table(name);
                        insert = connection.prepareStatement("insert into " + name + " (" + columnList(current)
                                + ") values (" + "?, ".repeat(current.columns().size() - 1) + "?)");
                        batched = 0;
                    }
                    for (int i = 0; i < current.columns().size(); i++) {
                        bind(insert, i + 1, current.columns().get(i).kind(), node.get(i + 1));
                    }
                    insert.addBatch();
                    if (++batched % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (insert != null) {
                    insert.executeBatch();
                }
            } finally {
                if (insert != null) {
                    insert.close();
                }
            }
        } catch (IOException e) {
            throw new BackupRefused("Cannot read the backup file " + file + ": " + e.getMessage(), e);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(checked.sha256())) {
            throw new BackupRefused("The backup file " + file + " changed while it was being restored");
        }
    }

    private static void bind(PreparedStatement insert, int index, Schema.Kind kind, JsonNode value)
            throws SQLException {
        if (value.isNull()) {
            insert.setNull(
                    index,
                    switch (kind) {
                        case TEXT -> Types.VARCHAR;
                        case INTEGER -> Types.BIGINT;
                        case BOOLEAN -> Types.BOOLEAN;
                        case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
                    });
            return;
        }
        switch (kind) {
            case TEXT -> insert.setString(index, value.asString());
            case INTEGER -> insert.setLong(index, value.asLong());
            case BOOLEAN -> insert.setBoolean(index, value.asBoolean());
            case TIMESTAMP ->
                insert.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value.asString()), ZoneOffset.UTC));
        }
    }

    // ----- shared

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long next(Connection connection, String table, String column) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select \"version\" from \"" + Schema.MIGRATIONS + "\""
                        + " where \"success\" and \"version\" is not null order by \"installed_rank\" desc"
                        + " fetch first 1 rows only")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static String columnList(Schema.Table t) {
        return String.join(", ", t.columns().stream().map(Schema.Column::name).toList());
    }

    /** A sequence name from a backup, accepted only as a plain identifier. */
    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new BackupRefused("The backup names a sequence '" + name + "' that is not a plain identifier");
        }
        return name;
    }

    /** Writes lines as UTF-8 and keeps the SHA-256 of every byte written before the trailer. */
    private static final class DigestWriter implements AutoCloseable {

        private final FileChannel channel;
        private final BufferedWriter out;
        private final MessageDigest digest = BackupFile.sha256();
        private long lines;

        DigestWriter(Path file) throws IOException {
            // A backup holds everything the store does: it is its owner's alone from the moment it exists.
            java.util.Set<java.nio.file.OpenOption> options = java.util.Set.of(
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            this.channel = OwnerOnly.posix()
                    ? FileChannel.open(
                            file, options, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE))
                    : FileChannel.open(file, options);
            if (OwnerOnly.posix()) {
                // The mode given at creation is narrowed by the umask, never widened; an existing file keeps its own.
                java.nio.file.Files.setPosixFilePermissions(file, OwnerOnly.FILE);
            }
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        }

        void line(String text) throws IOException {
            String line = text + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            out.write(line);
            lines++;
        }

        long lines() {
            return lines;
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }

        void trailer(String text) throws IOException {
            out.write(text + "\n");
            out.flush();
            // On disk before the file takes its name: a backup reported written survives a crash.
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
