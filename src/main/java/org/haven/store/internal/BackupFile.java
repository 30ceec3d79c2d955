package org.haven.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.store.Backup;
import org.haven.store.BackupRefused;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup file read and checked without a store: UTF-8 JSON lines, a header naming the format, the schema
 * version, every table with its columns and row count, and the sequences; one line per row, tables in the header's
 * order; an end line with the number of lines before it, the SHA-256 of their bytes and (from version 2) a tag of
 * that digest under the backup key, which is never in the file.
 */
public final class BackupFile {

    static final String FORMAT = "haven-backup";
    /** Version 2 carries a tag under the backup key; version 1, from before, only a digest. */
    static final int VERSION = 2;

    static final int UNAUTHENTICATED = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFile() {}

    /** A file whose structure, counts and digest have been checked, and what its header says. */
    public record Checked(
            int version,
            @Nullable String tag,
            String schemaVersion,
            long auditEntries,
            List<Schema.Table> tables,
            Map<String, Long> rows,
            Map<String, Long> sequences,
            String sha256) {

        public Backup.Summary summary() {
            return new Backup.Summary(rows, auditEntries, schemaVersion, sha256);
        }
    }

    /** The first pass: reads the whole file and checks it before anything is written. */
    public static Checked check(Path file) {
        Checked header = null;
        long lines = 0;
        int table = 0;
        Map<String, Long> seen = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        try (BufferedReader in = reader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                if (header == null) {
                    header = header(line, file);
                    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                JsonNode node = parse(line, lines, file);
                if (node.isObject() && node.has("end")) {
                    long declared = node.path("end").path("lines").asLong(-1);
                    String sha = node.path("end").path("sha256").asString("");
                    String actual = HexFormat.of().formatHex(digest.digest());
                    if (declared != lines - 1 || !sha.equals(actual)) {
                        throw new BackupRefused("The backup file " + file + " has been altered: its content does not"
                                + " match the digest at its end");
                    }
                    if (in.readLine() != null) {
                        throw new BackupRefused("The backup file " + file + " has lines after its end");
                    }
                    for (Schema.Table t : header.tables()) {
                        long rows = seen.getOrDefault(t.name(), 0L);
                        if (rows != header.rows().get(t.name())) {
                            throw new BackupRefused("The backup file " + file + " holds " + rows + " rows of "
                                    + t.name() + " where its header says "
                                    + header.rows().get(t.name()));
                        }
                    }
                    String tag = node.path("end").path("tag").asString("");
                    if (header.version() == VERSION && tag.isEmpty()) {
                        throw new BackupRefused("The backup file " + file + " has no tag at its end: it has been"
                                + " altered, or was not written by Haven");
                    }
                    return new Checked(
                            header.version(),
                            tag.isEmpty() ? null : tag,
                            header.schemaVersion(),
                            header.auditEntries(),
                            header.tables(),
                            header.rows(),
                            header.sequences(),
                            actual);
                }
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (!node.isArray() || node.isEmpty()) {
                    throw refused(file, lines, "a row is a JSON array that starts with its table's name");
                }
                String name = node.get(0).asString("");
                while (table < header.tables().size()
                        && !header.tables().get(table).name().equals(name)) {
                    table++;
                }
                if (table == header.tables().size()) {
                    throw refused(
                            file,
                            lines,
                            "a row of table '" + name + "', which the header does not list" + " or lists earlier");
                }
                Schema.Table t = header.tables().get(table);
                if (node.size() != t.columns().size() + 1) {
                    throw refused(
                            file,
                            lines,
                            "a row of " + name + " with " + (node.size() - 1) + " values where the table has "
                                    + t.columns().size() + " columns");
                }
                for (int i = 0; i < t.columns().size(); i++) {
                    String fault = fault(t.columns().get(i).kind(), node.get(i + 1));
                    if (fault != null) {
                        throw refused(
                                file, lines, name + "." + t.columns().get(i).name() + " " + fault);
                    }
                }
                seen.merge(name, 1L, Long::sum);
            }
        } catch (NoSuchFileException e) {
            throw new BackupRefused("There is no backup file " + file);
        } catch (CharacterCodingException e) {
            throw new BackupRefused("The backup file " + file + " is not UTF-8 text: it has been damaged");
        } catch (IOException e) {
            throw new BackupRefused("Cannot read the backup file " + file + ": " + e.getMessage(), e);
        }
        if (header == null) {
            throw new BackupRefused("The backup file " + file + " is empty");
        }
        throw new BackupRefused(
                "The backup file " + file + " is truncated: it ends after line " + lines + " without its end line");
    }

    private static Checked header(String line, Path file) {
        JsonNode node = parse(line, 1, file);
        if (!FORMAT.equals(node.path("format").asString(""))) {
            throw new BackupRefused(file + " is not a Haven backup: its first line does not name the format " + FORMAT);
        }
        int version = node.path("version").asInt(-1);
        if (version != VERSION && version != UNAUTHENTICATED) {
            throw new BackupRefused("The backup is of format version " + node.path("version") + "; this Haven reads"
                    + " versions " + UNAUTHENTICATED + " and " + VERSION);
        }
        List<Schema.Table> tables = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (JsonNode t : node.path("tables")) {
            List<Schema.Column> columns = new ArrayList<>();
            for (var c : t.path("columns").properties()) {
                try {
                    columns.add(new Schema.Column(
                            c.getKey(),
                            Schema.Kind.valueOf(c.getValue().asString("").toUpperCase(Locale.ROOT)),
                            false));
                } catch (IllegalArgumentException e) {
                    throw new BackupRefused(
                            "The backup's header gives column " + c.getKey() + " an unknown kind " + c.getValue());
                }
            }
            String name = t.path("name").asString("");
            tables.add(new Schema.Table(name, columns, List.of()));
            rows.put(name, t.path("rows").asLong(-1));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        node.path("sequences")
                .properties()
                .forEach(e -> sequences.put(e.getKey(), e.getValue().asLong()));
        return new Checked(
                version,
                null,
                node.path("schemaVersion").asString(""),
                node.path("auditEntries").asLong(-1),
                tables,
                rows,
                sequences,
                "");
    }

    /** Why a value cannot be a column's value, or null when it can. */
    static @Nullable String fault(Schema.Kind kind, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> value.isString() ? null : "is not text";
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() ? null : "is not a whole number";
            case BOOLEAN -> value.isBoolean() ? null : "is not true or false";
            case TIMESTAMP -> {
                if (!value.isString()) {
                    yield "is not a time";
                }
                try {
                    Instant.parse(value.asString());
                    yield null;
                } catch (DateTimeParseException e) {
                    yield "is not a time: " + value.asString();
                }
            }
        };
    }

    private static JsonNode parse(String line, long number, Path file) {
        try {
            return JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BackupRefused("The backup file " + file + " is damaged at line " + number + ": it is not JSON");
        }
    }

    private static BackupRefused refused(Path file, long line, String reason) {
        return new BackupRefused("The backup file " + file + " is damaged at line " + line + ": " + reason);
    }

    static BufferedReader reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
