package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of an empty store creates an administrator with a one-time password, printed once. */
class FirstAdministratorTests {

    private static final Pattern ONE_TIME = Pattern.compile("user 'admin', one-time password '([0-9a-f]{32})'");

    @TempDir
    Path dataDir;

    @Test
    void printsTheOneTimePasswordOnceAndNeverADefault() {
        HavenProcess.Run first = HavenProcess.run("cases", "--data-dir", dataDir.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Matcher printed = ONE_TIME.matcher(first.err());
        assertThat(printed.find()).as(first.err()).isTrue();
        assertThat(first.out()).doesNotContain(printed.group(1));

        HavenProcess.Run second = HavenProcess.run("cases", "--data-dir", dataDir.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).doesNotContain("one-time password");

        // Another empty store, another password: there is no default.
        HavenProcess.Run other =
                HavenProcess.run("cases", "--data-dir", dataDir.resolve("other").toString());
        Matcher again = ONE_TIME.matcher(other.err());
        assertThat(again.find()).isTrue();
        assertThat(again.group(1)).isNotEqualTo(printed.group(1));
    }
}
