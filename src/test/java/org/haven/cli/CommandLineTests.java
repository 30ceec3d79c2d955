package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.Haven;
import org.haven.archive.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract that scripts rely on. */
class CommandLineTests {

    @TempDir
    Path dataDir;

    private static HavenProcess.Run run(String... args) {
        return HavenProcess.run(args);
    }

    @Test
    void printsTheStudyAsJsonWithoutAServer() throws Exception {
        HavenProcess.Run run = run("study", "--format", "json", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode study = JsonMapper.shared().readTree(run.out());
        assertThat(study.get("cases").asInt()).isEqualTo(19);
        JsonNode recalled = null;
        for (JsonNode f : study.get("figures")) {
            assertThat(propertyNames(f).containsAll(java.util.List.of("id", "label", "value", "members", "paper")))
                    .isTrue();
            if (f.get("id").asString().equals("recalled-before-defection")) {
                recalled = f;
            }
        }
        assertThat(recalled).isNotNull();
        assertThat(recalled.get("value").asInt()).isEqualTo(9);
        assertThat(recalled.get("members").toString()).contains("\"Walter KRIVITSKY\"");
        assertThat(recalled.get("paper").get("value").asInt()).isEqualTo(9);
        assertThat(Files.exists(dataDir.resolve("haven.mv.db"))).isTrue();
    }

    @Test
    void listsTheCasesAsJson() {
        HavenProcess.Run run = run("cases", "--data-dir", dataDir.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode cases = JsonMapper.shared().readTree(run.out());
        assertThat(cases.size()).isEqualTo(19);
        assertThat(cases.get(cases.size() - 1).get("defected").asString()).isEqualTo("1947");
    }

    @Test
    void printsTheStudyAsText() {
        HavenProcess.Run run = run("study", "--data-dir", dataDir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("19 cases, 20 defectors").contains("Reasonably fully exploited");
    }

    @Test
    void refusesAnUnknownOptionWithUsageAndExitCodeTwo() {
        HavenProcess.Run run = run("study", "--colour", "red");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("Usage:");
        assertThat(run("--no-such-option").exitCode()).isEqualTo(2);
        assertThat(run("study", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void refusesADataDirectoryThatCannotHoldADatabase() throws Exception {
        Path file = dataDir.resolve("not-a-directory");
        Files.writeString(file, "x");
        HavenProcess.Run run = run("cases", "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--data-dir " + file + " cannot be used as a directory");
    }

    @Test
    void aMalformedDataFileStopsStartUpNamingFileLineAndReason() throws Exception {
        Path bad = dataDir.resolve("broken.yaml");
        Files.writeString(bad, "cases:\n  - id: pik\n    defectors:\n      - id: pik\n        surnam: PIK\n");
        assertThatThrownBy(() -> new SpringApplicationBuilder(Haven.class)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "haven.data-dir=" + dataDir.resolve("db").toAbsolutePath(),
                                "haven.dataset=file:" + bad.toAbsolutePath())
                        .run()
                        .close())
                .isInstanceOf(DatasetException.class)
                .hasMessage("broken.yaml:5: unknown field 'surnam' in a defector (allowed: id, givenName, surname,"
                        + " names, defected, service, postAbroad, postCountry, recalledBeforeDefection,"
                        + " firstVisitAbroad, longTermReasons, stimuli, defectionCity, defectionCountry,"
                        + " chosenRecipient, receivedBy, intermediaries, broughtDocuments, receptionOutcome,"
                        + " sovietReactions, falseName, wroteMemoirs, paidWithLife, exploited, informationGiven,"
                        + " informationValue)");
    }

    private static java.util.Set<String> propertyNames(JsonNode node) {
        var names = new java.util.HashSet<String>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
