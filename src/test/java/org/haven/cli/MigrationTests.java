package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.haven.Haven;
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

/**
 * A store written by the previous release (one status per case, its states hashed in the first shape) is migrated
 * to the tracks, its audit hashes carried over, and verifies; a case changed behind the log's back before the
 * upgrade is not carried over, and verification names it. The fixture is an H2 script (see its README).
 */
class MigrationTests {

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
    }

    @Test
    void aCaseChangedBehindTheLogsBackBeforeTheUpgradeIsNotCarriedOver() throws Exception {
        Path dir = previousRelease("tampered");
        try (Connection c = DriverManager.getConnection(url(dir), "haven", "");
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update approach set place = 'Istanbul' where case_id = 'anna-petrova-4'"))
                    .isOne();
        }
        start(dir).close();
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", dir.toString());
        assertThat(verify.exitCode()).isOne();
        assertThat(verify.out() + verify.err()).contains("case anna-petrova-4 has been changed behind the log's back");
    }

    private Path previousRelease(String name) throws Exception {
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        Path script = root.resolve(name + ".sql");
        try (InputStream in = new GZIPInputStream(resource("haven.sql.gz"))) {
            Files.copy(in, script);
        }
        try (InputStream key = resource("master.key")) {
            Files.copy(key, dir.resolve("master.key"));
        }
        try (Connection c = DriverManager.getConnection(url(dir), "haven", "");
                Statement s = c.createStatement()) {
            s.execute("runscript from '" + script.toAbsolutePath() + "'");
        }
        return dir;
    }

    private static InputStream resource(String name) {
        InputStream in = MigrationTests.class.getResourceAsStream(FIXTURE + name);
        assertThat(in).as(FIXTURE + name).isNotNull();
        return in;
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("haven");
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(Haven.class)
                .web(WebApplicationType.NONE)
                .run(TestStore.arguments(
                        dir,
                        "--spring.datasource.url=" + url(dir),
                        "--haven.decision.review-enabled=false",
                        "--haven.registry.index-at-start=false",
                        "--logging.level.root=WARN"));
    }
}
