package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.haven.Haven;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.haven.audit.AuditLog;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseStatus;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.haven.cases.Officer;
import org.haven.cases.Track;
import org.haven.cases.TrackState;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On both stores: a store written by the previous release (one status per case, its states hashed in the first shape) is migrated
 * to the tracks, its audit hashes carried over, and verifies; a case changed behind the log's back before the
 * upgrade is not carried over, and verification names it. The fixture is that release's own backup (see its
 * README).
 */
@StoreTest
class MigrationTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final String FIXTURE = "/stores/release-9/";

    @TempDir
    Path root;

    @Test
    void aStoreOfThePreviousReleaseIsMigratedToTheTracksAndStillVerifies() throws Exception {
        Path dir = previousRelease("migrated");
        try (ConfigurableApplicationContext haven = start(dir)) {
            Cases cases = haven.getBean(Cases.class);
            DefectionCase tokaev =
                    cases.findById(new CaseId("grigori-tokaev-1")).orElseThrow();
            // Reopened after resettlement, then vetting begun again: every track where its last move left it.
            assertThat(tokaev.lifecycle().tracks())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            Track.RECEPTION, TrackState.ACCEPTED,
                            Track.CUSTODY, TrackState.EVACUATED,
                            Track.VETTING, TrackState.UNDER_VETTING,
                            Track.EXPLOITATION, TrackState.IN_EXPLOITATION,
                            Track.RESETTLEMENT, TrackState.RESETTLED));
            assertThat(tokaev.lifecycle().closed()).isFalse();
            assertThat(tokaev.lifecycle().history()).hasSize(10);
            assertThat(tokaev.lifecycle().history().get(5).fromState()).isEqualTo(TrackState.UNDER_VETTING);
            assertThat(tokaev.lifecycle().history().get(5).toState()).isEqualTo(TrackState.VETTING_CONCLUDED);

            DefectionCase novikov = cases.findById(new CaseId("igor-novikov-2")).orElseThrow();
            assertThat(novikov.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(novikov.lifecycle().state(Track.RECEPTION)).isEqualTo(TrackState.DECLINED);

            DefectionCase orlov = cases.findById(new CaseId("pavel-orlov-3")).orElseThrow();
            assertThat(orlov.lifecycle().state(Track.CUSTODY)).isEqualTo(TrackState.IN_PROTECTIVE_CUSTODY);
            assertThat(orlov.lifecycle().pending()).isNotNull();
            assertThat(cases.findById(new CaseId("anna-petrova-4"))
                            .orElseThrow()
                            .status())
                    .isEqualTo(CaseStatus.APPROACHED);
            // The headline list agrees with the tracks.
            assertThat(cases.findByStatus(CaseStatus.RESETTLED))
                    .extracting(DefectionCase::id)
                    .containsExactly(tokaev.id());

            // Every case's hash was carried over, once.
            AuditLog audit = haven.getBean(AuditLog.class);
            assertThat(audit.entriesFor("case", "pavel-orlov-3").getLast().action())
                    .isEqualTo("CaseStateUpgraded");

            // The migrated case goes on: the proposal that awaited approval is approved by a vetting officer.
            CaseManagement management = haven.getBean(CaseManagement.class);
            DefectionCase concluded = management
                    .approve(orlov.id(), Officer.of("vetting-9", Role.VETTING), orlov.version())
                    .kase();
            assertThat(concluded.lifecycle().state(Track.VETTING)).isEqualTo(TrackState.VETTING_CONCLUDED);
        }
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", dir.toString());
        assertThat(verify.out()).contains("The audit record is intact");
        assertThat(verify.exitCode()).isZero();

        // The previous release kept no states of labels or accounts: they were baselined at the first start, so a
        // label lowered after it is found.
        try (Connection c = TestStore.connect(dir);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update record_label set label = 'UNCLASSIFIED'"
                            + " where subject_type = 'case' and subject_id = 'grigori-tokaev-1'"))
                    .isOne();
        }
        verify = HavenProcess.inProcess("audit", "verify", "--data-dir", dir.toString());
        assertThat(verify.exitCode()).isOne();
        assertThat(verify.err()).contains("label case/grigori-tokaev-1 has been changed behind the log's back");
    }

    @Test
    void aCaseChangedBehindTheLogsBackBeforeTheUpgradeIsNotCarriedOver() throws Exception {
        Path dir = previousRelease("tampered");
        try (Connection c = TestStore.connect(dir);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update approach set place = 'Istanbul' where case_id = 'anna-petrova-4'"))
                    .isOne();
        }
        start(dir).close();
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", dir.toString());
        assertThat(verify.exitCode()).isOne();
        assertThat(verify.out() + verify.err()).contains("case anna-petrova-4 has been changed behind the log's back");
    }

    /**
     * A store as the previous release left it: an empty store migrated to that release's schema (version 6), and
     * the rows of its backup written into it as they are.
     */
    private Path previousRelease(String name) throws Exception {
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        try (InputStream key = resource("master.key")) {
            Files.copy(key, dir.resolve("master.key"));
        }
        try (Connection c = TestStore.connect(dir)) {
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(c, true))
                    .locations("classpath:db/migration")
                    .target("6")
                    .load()
                    .migrate();
            c.setAutoCommit(false);
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(resource("backup.jsonl.gz")), StandardCharsets.UTF_8))) {
                load(c, lines);
            }
            c.commit();
        }
        return dir;
    }

    /** Writes a backup's rows into the tables they came from, column by column, kind by kind. */
    private static void load(Connection c, BufferedReader lines) throws Exception {
        JsonNode header = JSON.readTree(lines.readLine());
        assertThat(header.get("schemaVersion").asString()).isEqualTo("6");
        Map<String, List<Map.Entry<String, String>>> columns = new LinkedHashMap<>();
        for (JsonNode table : header.get("tables")) {
            List<Map.Entry<String, String>> kinds = new ArrayList<>();
            table.get("columns")
                    .properties()
                    .forEach(e -> kinds.add(Map.entry(e.getKey(), e.getValue().asString())));
            columns.put(table.get("name").asString(), kinds);
        }
        try (Statement s = c.createStatement()) {
            // The migrations seed the single rows the backup holds too.
            s.executeUpdate("delete from audit_head");
            s.executeUpdate("delete from registry_state");
        }
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            JsonNode row = JSON.readTree(line);
            if (!row.isArray()) {
                continue;
            }
            String table = row.get(0).asString();
            List<Map.Entry<String, String>> kinds = columns.get(table);
            String names =
                    String.join(", ", kinds.stream().map(Map.Entry::getKey).toList());
            String marks = String.join(", ", kinds.stream().map(k -> "?").toList());
            try (PreparedStatement insert =
                    c.prepareStatement("insert into " + table + " (" + names + ") values (" + marks + ")")) {
                for (int i = 0; i < kinds.size(); i++) {
                    JsonNode value = row.get(i + 1);
                    if (value.isNull()) {
                        insert.setObject(i + 1, null);
                        continue;
                    }
                    switch (kinds.get(i).getValue()) {
                        case "integer" -> insert.setLong(i + 1, value.asLong());
                        case "boolean" -> insert.setBoolean(i + 1, value.asBoolean());
                        case "timestamp" -> insert.setObject(i + 1, OffsetDateTime.parse(value.asString()));
                        default -> insert.setString(i + 1, value.asString());
                    }
                }
                insert.executeUpdate();
            }
        }
        // An identity column goes on past the rows written with their own values.
        try (Statement s = c.createStatement();
                ResultSet max = s.executeQuery("select coalesce(max(id), 0) + 1 from fact")) {
            max.next();
            long next = max.getLong(1);
            s.execute("alter table fact alter column id restart with " + next);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MigrationTests.class.getResourceAsStream(FIXTURE + name);
        assertThat(in).as(FIXTURE + name).isNotNull();
        return in;
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(Haven.class)
                .web(WebApplicationType.NONE)
                .run(TestStore.arguments(
                        dir,
                        "--haven.decision.review-enabled=false",
                        "--haven.registry.index-at-start=false",
                        "--logging.level.root=WARN"));
    }
}
