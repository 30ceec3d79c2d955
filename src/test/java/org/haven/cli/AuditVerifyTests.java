package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit verify} against the real store (the H2 file, or a PostgreSQL database): intact after real changes, and broken, naming the entry or
 * the record, when a row is changed or removed behind the log's back.
 */
@StoreTest
class AuditVerifyTests {

    @TempDir
    static Path root;

    private static Path original;
    private static String caseId;

    @BeforeAll
    static void storeWithHistory() {
        original = root.resolve("original");
        caseId = StoreWithHistory.create(original);
    }

    /** A copy of the store, so each test tampers with its own. */
    private static Path copy(String name) throws Exception {
        Path dir = root.resolve(name);
        TestStore.copy(original, dir);
        return dir;
    }

    private static void tamper(Path dir, String sql) throws SQLException {
        try (Connection c = TestStore.connect(dir);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    /** The last entry's sequence, and the number of audited records, read from the store itself. */
    private record Counts(long lastEntry, long records) {}

    private static Counts counts(Path dir) throws SQLException {
        try (Connection c = TestStore.connect(dir);
                Statement s = c.createStatement();
                var rs = s.executeQuery("select max(seq), (select count(*) from defection_case)"
                        + " + (select count(*) from person) + (select count(*) from record_label)"
                        + " + (select count(*) from account) + (select count(*) from protected_detail)"
                        + " + (select count(*) from compartment_key) from audit_entry")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2));
        }
    }

    private static HavenProcess.Run verify(Path dir) {
        return HavenProcess.inProcess("audit", "verify", "--data-dir", dir.toString());
    }

    @Test
    void passesOnAStoreChangedOnlyThroughHaven() throws Exception {
        Path dir = copy("intact");
        Counts counts = counts(dir);
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("The audit record is intact: " + counts.lastEntry() + " entries, " + counts.records()
                        + " audited records match their last entry");
    }

    @Test
    void namesAnAlteredEntry() throws Exception {
        Path dir = copy("altered-entry");
        tamper(dir, "update audit_entry set actor = 'someone-else' where seq = 21");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("audit entry #21").contains("has been altered");
    }

    @Test
    void namesAnEntryRemovedFromTheMiddle() throws Exception {
        Path dir = copy("removed-entry");
        tamper(dir, "delete from audit_entry where seq = 7");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("audit entry #7 is missing");
    }

    @Test
    void findsEntriesCutFromTheEnd() throws Exception {
        Path dir = copy("cut-entry");
        long last = counts(dir).lastEntry();
        tamper(dir, "delete from audit_entry where seq = " + last);
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ends at #" + (last - 1) + " but its head records #" + last);
    }

    @Test
    void namesACaseChangedBehindTheLogsBack() throws Exception {
        Path dir = copy("changed-case");
        tamper(dir, "update case_track set state = 'EVACUATED' where case_id = '" + caseId + "' and track = 'CUSTODY'");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("case " + caseId + " has been changed behind the log's back");
    }

    @Test
    void namesAHistoricalFactChangedBehindTheLogsBack() throws Exception {
        Path dir = copy("changed-fact");
        tamper(dir, "update fact set value_text = 'false' where defector_id = 'gouzenko' and attribute = 'exploited'");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("case gouzenko has been changed behind the log's back");
    }

    @Test
    void namesALabelLoweredBehindTheLogsBack() throws Exception {
        Path dir = copy("lowered-label");
        tamper(
                dir,
                "update record_label set label = 'UNCLASSIFIED' where subject_type = 'case' and subject_id = '" + caseId
                        + "'");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("label case/" + caseId + " has been changed behind the log's back");
    }

    @Test
    void namesAnAccountGivenRolesAndClearanceBehindTheLogsBack() throws Exception {
        Path dir = copy("raised-account");
        tamper(
                dir,
                "update account set roles = 'ADMIN,RESETTLEMENT', clearance = 'TOP_SECRET&RECEPTION&RESETTLEMENT'"
                        + " where username = '" + StoreWithHistory.RESETTLER + "'");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("account " + StoreWithHistory.RESETTLER + " has been changed behind the log's back");
    }

    @Test
    void namesAnAccountAddedBehindTheLogsBack() throws Exception {
        Path dir = copy("added-account");
        tamper(
                dir,
                "insert into account (username, password_hash, roles, clearance, must_change_password,"
                        + " created_at, version) select 'intruder', password_hash, 'ADMIN', clearance, false, created_at, 0"
                        + " from account where username = '" + StoreWithHistory.RESETTLER + "'");
        HavenProcess.Run run = verify(dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("account intruder is not in the audit record");
    }

    @Test
    void namesAProtectedDetailAndAKeysetChangedBehindTheLogsBack() throws Exception {
        Path detail = copy("changed-detail");
        tamper(detail, "update protected_detail set written_by = 'someone-else' where case_id = '" + caseId + "'");
        HavenProcess.Run run = verify(detail);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("protected-detail " + caseId + "/cover-identity has been changed behind the log's back");

        Path keyset = copy("changed-keyset");
        tamper(keyset, "update compartment_key set version = version + 1 where compartment = 'RESETTLEMENT'");
        run = verify(keyset);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("compartment-key RESETTLEMENT has been changed behind the log's back");
    }
}
