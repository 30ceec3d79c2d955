package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.haven.StoreTest;
import org.haven.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be opened stops start-up, of the web application and of a command, with one line saying why. */
class StoreSettingsTests {

    @TempDir
    Path dataDir;

    private static Map<String, String> postgres(String url, String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("HAVEN_DATABASE_URL", url);
        environment.put("HAVEN_DATABASE_USER", "postgres");
        environment.put("HAVEN_DATABASE_PASSWORD", password);
        return environment;
    }

    /** Everything Haven wrote to standard error, which must be the one line. */
    private static void assertOneLine(HavenProcess.Run run, String expected) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("haven: ").contains(expected);
    }

    @Test
    void thePostgresProfileWithoutAnAddressSaysWhatIsMissing() {
        assertOneLine(
                HavenProcess.runWith(postgres("", ""), "cases", "--data-dir", dataDir.toString()),
                "The postgres profile needs the database's address: set HAVEN_DATABASE_URL");
        assertOneLine(
                HavenProcess.runWith(postgres("jdbc:h2:mem:x", ""), "--port", "0", "--data-dir", dataDir.toString()),
                "needs a PostgreSQL address");
    }

    @Test
    void aServerThatCannotBeReachedIsNamed() {
        String url = "jdbc:postgresql://127.0.0.1:1/haven";
        assertOneLine(
                HavenProcess.runWith(postgres(url, "x"), "cases", "--data-dir", dataDir.toString()),
                "Cannot reach the database at " + url);
        assertOneLine(
                HavenProcess.runWith(postgres(url, "x"), "--port", "0", "--data-dir", dataDir.toString()),
                "Cannot reach the database at " + url);
    }

    @Test
    @StoreTest
    void aWrongPasswordOrDatabaseIsNamed() {
        assumeTrue(TestStore.postgres(), "needs a PostgreSQL server: runs in the PostgreSQL run of the suite");
        String server = System.getenv("HAVEN_TEST_POSTGRES_URL");
        assertOneLine(
                HavenProcess.runWith(postgres(server, "not-the-password"), "cases", "--data-dir", dataDir.toString()),
                "refused user 'postgres': wrong user name or password");
        assertOneLine(
                HavenProcess.runWith(
                        postgres(server, "not-the-password"), "--port", "0", "--data-dir", dataDir.toString()),
                "refused user 'postgres': wrong user name or password");
        String missing = server.substring(0, server.lastIndexOf('/') + 1) + "no_such_database";
        Map<String, String> environment = postgres(missing, System.getenv("HAVEN_TEST_POSTGRES_PASSWORD"));
        assertOneLine(
                HavenProcess.runWith(environment, "cases", "--data-dir", dataDir.toString()),
                "The database at " + missing + " does not exist");
    }
}
