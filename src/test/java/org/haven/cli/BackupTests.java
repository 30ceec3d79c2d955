package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore} through the command line, on the store under test: a store with a history
 * round-trips; a damaged file, or a store that is not empty, is refused and nothing changes.
 */
@StoreTest
class BackupTests {

    @TempDir
    static Path root;

    private static Path original;
    private static Path backup;
    private static String caseId;

    @BeforeAll
    static void storeWithHistoryAndItsBackup() {
        original = root.resolve("original");
        caseId = StoreWithHistory.create(original);
        backup = root.resolve("original.jsonl");
        HavenProcess.Run run =
                HavenProcess.inProcess("backup", "--to", backup.toString(), "--data-dir", original.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Backed up").contains("audit entries");
    }

    static HavenProcess.Run restore(Path file, Path dataDir) {
        return HavenProcess.inProcess("restore", "--from", file.toString(), "--data-dir", dataDir.toString());
    }

    /** The rows of a backup file: every line but the header (which has the time) and the end line (its digest). */
    static List<String> rows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new ArrayList<>(lines.subList(1, lines.size() - 1));
    }

    private static long count(Path dataDir, String sql) throws SQLException {
        try (Connection c = TestStore.connect(dataDir);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void restoresIntoAnEmptyStoreWhichThenVerifiesAndBacksUpTheSameRows() throws Exception {
        Path copy = root.resolve("restored");
        HavenProcess.Run run = restore(backup, copy);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the audit record verifies");
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", copy.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        Path again = root.resolve("again.jsonl");
        assertThat(HavenProcess.inProcess("backup", "--to", again.toString(), "--data-dir", copy.toString())
                        .exitCode())
                .isZero();
        assertThat(rows(again)).isEqualTo(rows(backup));
        HavenProcess.Run cases = HavenProcess.inProcess("cases", "--format", "json", "--data-dir", copy.toString());
        assertThat(cases.out()).contains("\"" + caseId + "\"");
        // The restored store goes on: a new case gets an id of its own, which counts nothing.
        try (var context = new org.springframework.boot.builder.SpringApplicationBuilder(org.haven.Haven.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run(TestStore.arguments(copy, "--haven.decision.review-enabled=false", "--logging.level.root=WARN"))) {
            String next = context.getBean(org.haven.cases.CaseManagement.class)
                    .recordApproach(new org.haven.cases.RecordApproach(
                            "Pyotr NEXTOV",
                            "Vienna",
                            "Austria",
                            org.haven.cases.Setting.FIELD,
                            "the British Legation",
                            null,
                            null,
                            null,
                            "reception-1",
                            null,
                            null))
                    .id()
                    .value();
            assertThat(next).isNotEqualTo(caseId).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        }
        assertThat(HavenProcess.inProcess("audit", "verify", "--data-dir", copy.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void refusesATruncatedFileAndLeavesTheStoreUntouched() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = root.resolve("truncated.jsonl");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path target = root.resolve("after-truncated");
        HavenProcess.Run run = restore(truncated, target);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsAnyOf("truncated", "damaged at line");
        assertNothingWasCreated(target);
    }

    @Test
    void refusesAnAlteredFileAndLeavesTheStoreUntouched() throws Exception {
        String text = Files.readString(backup);
        Path altered = root.resolve("altered.jsonl");
        Files.writeString(altered, text.replace("in a safe house", "in an unsafe house"));
        assertThat(Files.readString(altered)).isNotEqualTo(text);
        Path target = root.resolve("after-altered");
        HavenProcess.Run run = restore(altered, target);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("has been altered");
        assertNothingWasCreated(target);
    }

    @Test
    void refusesAFileAlteredWithItsDigestRecomputedBecauseTheAuditChainBreaks() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(backup, StandardCharsets.UTF_8));
        int row = -1;
        for (int i = 1; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("[\"case_transition\"")) {
                row = i;
            }
        }
        assertThat(row).isPositive();
        assertThat(lines.get(row)).contains("protection-1");
        lines.set(row, lines.get(row).replace("protection-1", "protection-z"));
        Path forged = root.resolve("forged.jsonl");
        Files.writeString(forged, Forgery.withDigest(lines.subList(0, lines.size() - 1)));
        Path target = root.resolve("after-forged");
        HavenProcess.Run run = restore(forged, target);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("audit record does not verify").contains("changed behind the log's back");
        // The schema may have been created, but not one row was committed.
        assertThat(count(target, "select count(*) from defection_case")).isZero();
        assertThat(count(target, "select count(*) from audit_entry")).isZero();
    }

    @Test
    void refusesAStoreThatIsNotEmpty() throws Exception {
        long before = count(original, "select count(*) from audit_entry");
        HavenProcess.Run run = restore(backup, original);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("This store is not empty");
        assertThat(count(original, "select count(*) from audit_entry")).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotABackup() throws Exception {
        Path other = root.resolve("other.txt");
        Files.writeString(other, "{\"hello\":1}\n");
        HavenProcess.Run run = restore(other, root.resolve("after-other"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not a Haven backup");
    }

    private static void assertNothingWasCreated(Path target) throws SQLException {
        if (TestStore.postgres()) {
            assertThat(count(target, "select count(*) from information_schema.tables where table_schema = 'public'"))
                    .isZero();
        } else {
            assertThat(target.resolve("haven.mv.db")).doesNotExist();
        }
    }

    /** H2 → file → PostgreSQL → file → H2: every row arrives, in both directions. */
    @Test
    void roundTripsFromH2ThroughPostgresqlBackToH2() throws Exception {
        assumeTrue(TestStore.postgres(), "needs both stores: runs in the PostgreSQL run of the suite");
        Path h2 = root.resolve("h2-source");
        Map<String, String> onH2 = Map.of();
        assertThat(HavenProcess.inProcessWith(onH2, "restore", "--from", backup.toString(), "--data-dir", h2.toString())
                        .exitCode())
                .isZero();
        Path fromH2 = root.resolve("from-h2.jsonl");
        HavenProcess.Run first =
                HavenProcess.inProcessWith(onH2, "backup", "--to", fromH2.toString(), "--data-dir", h2.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(Files.readAllLines(fromH2).getFirst()).contains("\"database\":\"H2\"");

        Path postgres = root.resolve("postgres-copy");
        assertThat(restore(fromH2, postgres).exitCode()).isZero();
        Path fromPostgres = root.resolve("from-postgres.jsonl");
        assertThat(HavenProcess.inProcess("backup", "--to", fromPostgres.toString(), "--data-dir", postgres.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readAllLines(fromPostgres).getFirst()).contains("\"database\":\"PostgreSQL\"");

        Path back = root.resolve("h2-back");
        HavenProcess.Run restored = HavenProcess.inProcessWith(
                onH2, "restore", "--from", fromPostgres.toString(), "--data-dir", back.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        Path fromBack = root.resolve("from-h2-back.jsonl");
        assertThat(HavenProcess.inProcessWith(
                                onH2, "backup", "--to", fromBack.toString(), "--data-dir", back.toString())
                        .exitCode())
                .isZero();

        // The two stores order text keys by their own collations, so PostgreSQL's rows are compared as a set.
        assertThat(rows(fromPostgres)).containsExactlyInAnyOrderElementsOf(rows(fromH2));
        assertThat(rows(fromBack)).isEqualTo(rows(fromH2));
        assertThat(HavenProcess.inProcessWith(onH2, "audit", "verify", "--data-dir", back.toString())
                        .exitCode())
                .isZero();
    }
}
