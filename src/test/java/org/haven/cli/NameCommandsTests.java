package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract of trace, compare and ingest. */
class NameCommandsTests {

    @TempDir
    Path dir;

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void tracesANameAsJson() {
        HavenProcess.Run run = HavenProcess.run(
                "trace",
                "Korjakow",
                "--format",
                "json",
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode matches = JSON.readTree(run.out());
        JsonNode best = matches.get(0);
        assertThat(best.get("name").asString()).isEqualTo("Michel KORIAKOFF");
        assertThat(best.get("score").asDouble()).isGreaterThan(0.75);
        assertThat(best.get("match").asBoolean()).isTrue();
        assertThat(best.get("explanation").asString()).contains("korakov");
    }

    @Test
    void tracesAFileOfNamesOneJsonObjectPerLineInOrder() throws Exception {
        Path names = dir.resolve("names.txt");
        Files.write(names, List.of("KRAVCIIENKO, Victor", "Alexander KRAVCHENKO", "", "Trotski"));
        HavenProcess.Run run = HavenProcess.run(
                "trace",
                "--names",
                names.toString(),
                "--format",
                "json",
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).get("query").asString()).isEqualTo("KRAVCIIENKO, Victor");
        assertThat(JSON.readTree(lines.get(0)).get("matches").get(0).get("name").asString())
                .isEqualTo("Victor KRAVCHENKO");
        assertThat(JSON.readTree(lines.get(1)).get("matches").get(0).get("name").asString())
                .isEqualTo("Alexander KRAVCHENKO");
        assertThat(JSON.readTree(lines.get(2)).get("error").asString()).isEqualTo("a name to trace is required");
        assertThat(JSON.readTree(lines.get(3)).get("matches").get(0).get("name").asString())
                .isEqualTo("TROTSKY");
    }

    @Test
    void refusesAnEmptyName() {
        HavenProcess.Run run =
                HavenProcess.run("trace", " ", "--data-dir", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the name to trace is empty");
    }

    @Test
    void comparesPairsWithNoRegistry() throws Exception {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "KORIAKOV\tKORIAKOFF\nVictor KRAVCHENKO\tAlexander KRAVCHENKO\n");
        HavenProcess.Run run = HavenProcess.run("compare", "--pairs", pairs.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("KORIAKOV\tKORIAKOFF\t0\\.\\d{4}\ttrue");
        assertThat(lines.get(1)).matches("Victor KRAVCHENKO\tAlexander KRAVCHENKO\t0\\.\\d{4}\tfalse");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void namesTheLineOfAMalformedPairsFile() throws Exception {
        Path pairs = dir.resolve("bad.tsv");
        Files.writeString(pairs, "KORIAKOV\tKORIAKOFF\nKORIAKOV KORIAKOFF\n");
        HavenProcess.Run run = HavenProcess.run("compare", "--pairs", pairs.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(pairs + ":2: expected two names separated by one tab, found 0 tabs");
    }

    @Test
    void ingestsADocumentAsJson() throws Exception {
        Path report = dir.resolve("report.txt");
        String text = "In Paris KORIAKOFF met Victor Krawtschenko; later BES5EDOVSKY wrote to Molotov.\n";
        Files.writeString(report, text);
        HavenProcess.Run run = HavenProcess.run(
                "ingest",
                report.toString(),
                "--format",
                "json",
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode mentions = JSON.readTree(run.out());
        assertThat(mentions.size()).isEqualTo(4);
        JsonNode victor = mentions.get(1);
        assertThat(victor.get("text").asString()).isEqualTo("Victor Krawtschenko");
        assertThat(text.substring(victor.get("start").asInt(), victor.get("end").asInt()))
                .isEqualTo("Victor Krawtschenko");
        assertThat(victor.get("person").asString()).isEqualTo("Victor KRAVCHENKO");
        assertThat(mentions.get(0).get("person").asString()).isEqualTo("Michel KORIAKOFF");
        assertThat(mentions.get(2).get("person").asString()).isEqualTo("Grigori BESSEDOVSKI");
        assertThat(mentions.get(3).get("person").asString()).isEqualTo("Molotov");
        assertThat(mentions.get(3).has("score") && mentions.get(3).has("explanation"))
                .isTrue();
    }

    @Test
    void refusesAMissingABinaryAndAnOversizedDocumentWithASentenceNotAnException() throws Exception {
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'});
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "KORIAKOFF ".repeat(200_000));
        String data = dir.resolve("data").toString();
        for (var refused : java.util.Map.of(
                        dir.resolve("no-such-report.txt").toString(), "there is no file",
                        binary.toString(), "is not UTF-8 text",
                        big.toString(), "more than --max-size 1MB")
                .entrySet()) {
            HavenProcess.Run run =
                    HavenProcess.inProcess("ingest", refused.getKey(), "--max-size", "1MB", "--data-dir", data);
            assertThat(run.exitCode()).as(refused.getKey()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .contains(refused.getValue())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }
}
