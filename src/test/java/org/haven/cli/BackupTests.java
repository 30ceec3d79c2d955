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

    /** As an operator restores on another machine: the backup key of the Haven that wrote it copied over first. */
    static HavenProcess.Run restore(Path file, Path dataDir, String... options) {
        withKeyOf(original, dataDir);
        List<String> arguments = new ArrayList<>(List.of("restore", "--from", file.toString()));
        arguments.addAll(List.of(options));
        arguments.addAll(List.of("--data-dir", dataDir.toString()));
        return HavenProcess.inProcess(arguments.toArray(String[]::new));
    }

    private static void withKeyOf(Path source, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(dataDir.resolve("backup.key"))) {
                Files.copy(source.resolve("backup.key"), dataDir.resolve("backup.key"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    /** The line of the backup that holds a given table's row naming {@code marker}. */
    private static int line(List<String> lines, String table, String marker) {
        for (int i = 1; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("[\"" + table + "\"") && lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new AssertionError("no row of " + table + " names " + marker);
    }

    /** The probe's forgery: the case's label lowered, an account given every role and clearance, a new digest. */
    private static List<String> forged() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(backup, StandardCharsets.UTF_8));
        int label = line(lines, "record_label", "\"" + caseId + "\"");
        lines.set(label, lines.get(label).replace("SECRET&RECEPTION", "UNCLASSIFIED"));
        int account = line(lines, "account", StoreWithHistory.RESETTLER);
        lines.set(
                account,
                lines.get(account)
                        .replace("\"RESETTLEMENT\"", "\"ADMIN,RESETTLEMENT\"")
                        .replace("SECRET&RECEPTION&RESETTLEMENT", "TOP_SECRET&RECEPTION&RESETTLEMENT"));
        assertThat(lines.get(account)).contains("ADMIN,RESETTLEMENT").contains("TOP_SECRET");
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void refusesAFileAlteredWithItsDigestRecomputedBecauseItsTagIsNotTheKeys() throws Exception {
        Path forged = root.resolve("forged.jsonl");
        Files.writeString(forged, Forgery.withDigest(forged()));
        Path target = root.resolve("after-forged");
        HavenProcess.Run run = restore(forged, target);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("has no tag at its end");
        assertNothingWasCreated(target);

        // A tag from another Haven's key is no better.
        Path other = root.resolve("other-haven");
        Files.createDirectories(other);
        Path otherKey = other.resolve("backup.key");
        org.haven.store.KeyFiles.readOrCreate(otherKey, () -> {
            try {
                com.google.crypto.tink.mac.MacConfig.register();
                return com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(
                        com.google.crypto.tink.KeysetHandle.generateNew(
                                com.google.crypto.tink.mac.PredefinedMacParameters.HMAC_SHA256_256BITTAG),
                        com.google.crypto.tink.InsecureSecretKeyAccess.get());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        Files.writeString(forged, Forgery.withTag(forged(), otherKey));
        run = restore(forged, target);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not authentic");
        // The key is the store's, so the schema may have been created; but not one row was written.
        assertThat(count(target, "select count(*) from account")).isZero();
        assertThat(count(target, "select count(*) from audit_entry")).isZero();
    }

    @Test
    void refusesAForgeryTaggedWithTheStolenKeyBecauseTheAuditRecordNamesTheLabelAndTheAccount() throws Exception {
        Path forged = root.resolve("forged-with-key.jsonl");
        Files.writeString(forged, Forgery.withTag(forged(), original.resolve("backup.key")));
        Path target = root.resolve("after-forged-with-key");
        HavenProcess.Run run = restore(forged, target);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("audit record does not verify").contains("changed behind the log's back");
        // The schema may have been created, but not one row was committed.
        assertThat(count(target, "select count(*) from defection_case")).isZero();
        assertThat(count(target, "select count(*) from account")).isZero();
        assertThat(count(target, "select count(*) from audit_entry")).isZero();

        // Each forgery alone is named by what it changed.
        List<String> lines = new ArrayList<>(Files.readAllLines(backup, StandardCharsets.UTF_8));
        int account = line(lines, "account", StoreWithHistory.RESETTLER);
        lines.set(account, lines.get(account).replace("\"RESETTLEMENT\"", "\"ADMIN,RESETTLEMENT\""));
        Files.writeString(forged, Forgery.withTag(lines.subList(0, lines.size() - 1), original.resolve("backup.key")));
        run = restore(forged, root.resolve("after-account-forged"));
        assertThat(run.err()).contains("account " + StoreWithHistory.RESETTLER + " has been changed");
    }

    @Test
    void restoresAFileOfTheFormatBeforeTagsOnlyWhenToldTo() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(backup, StandardCharsets.UTF_8));
        lines.set(0, lines.getFirst().replace("\"version\":2", "\"version\":1"));
        assertThat(lines.getFirst()).contains("\"version\":1");
        Path old = root.resolve("format-1.jsonl");
        Files.writeString(old, Forgery.withDigest(lines.subList(0, lines.size() - 1)));
        Path target = root.resolve("after-format-1");
        HavenProcess.Run refused = restore(old, target);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("carries no tag").contains("--unauthenticated");
        HavenProcess.Run run = restore(old, target, "--unauthenticated");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the audit record verifies");
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
        withKeyOf(original, h2);
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
        withKeyOf(original, back);
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
