package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code case-file analyse} on a scenario of its own (a fictional defector, TESTOV, whose story grows after he is
 * promised resettlement, set beside a liaison service, an agent, and a newspaper that repeats him): each flag, the
 * measured reliability, the contradiction watch, subjects resolved through the registry (KORIAKOFF, Коряков and
 * KORIAKOV one man; Victor and Alexander KRAVCHENKO two), and the refusal of a file that does not validate.
 */
class CaseFileTests {

    private static final JsonMapper JSON = JsonMapper.shared();

    @TempDir
    static Path dir;

    private static JsonNode analysis;
    private static final Map<String, JsonNode> claims = new HashMap<>();

    @BeforeAll
    static void analyseTheScenario() throws Exception {
        Path file = dir.resolve("testov.json");
        try (var in = CaseFileTests.class.getResourceAsStream("/case-files/testov.json")) {
            Files.write(file, in.readAllBytes());
        }
        // A process of its own: its standard output is the JSON alone, whatever else runs in the test's JVM.
        HavenProcess.Run run = HavenProcess.run(
                "case-file",
                "analyse",
                file.toString(),
                "--format",
                "json",
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as(run.err()).startsWith("{");
        analysis = JSON.readTree(run.out());
        for (JsonNode c : analysis.get("claims")) {
            claims.put(c.get("subject").asString() + " / " + c.get("property").asString(), c);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static JsonNode claim(String name) {
        assertThat(claims).as("claims").containsKey(name);
        return claims.get(name);
    }

    @Test
    void everyStatementStandsInExactlyOneClaim() {
        List<String> ids = new ArrayList<>();
        analysis.get("claims").forEach(c -> ids.addAll(strings(c.get("statements"))));
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "st1", "st2", "st3", "st4", "st5", "st6", "st7", "st8", "st9", "st10", "st11", "st12", "st13",
                        "st14");
    }

    @Test
    void oneManInThreeSpellingsIsOneSubjectAndNamesakesStayTwo() {
        JsonNode koriakoff = claim("Michel KORIAKOFF / service");
        assertThat(strings(koriakoff.get("statements"))).containsExactly("st2", "st7", "st10");
        assertThat(koriakoff.get("subjectId").isNull()).isFalse();
        assertThat(strings(koriakoff.get("values"))).containsExactly("NKVD");
        assertThat(claims.keySet())
                .contains("Victor KRAVCHENKO / service")
                .anyMatch(k -> k.startsWith("Alexander") && k.endsWith("KRAVCHENKO / service"));
        assertThat(strings(claim("Victor KRAVCHENKO / service").get("flags"))).doesNotContain("CONTRADICTED");
        // His own names, in any script, are his.
        assertThat(strings(claim("Pyotr TESTOV / agents named").get("statements")))
                .containsExactly("st3", "st6");
    }

    @Test
    void aValueFromASecondIndependentSourceCorroboratesAndALeadConfirms() {
        JsonNode koriakoff = claim("Michel KORIAKOFF / service");
        assertThat(strings(koriakoff.get("flags"))).containsExactly("CORROBORATED", "CONFIRMED");
        assertThat(strings(koriakoff.get("because").get("CONFIRMED"))).containsExactly("st7");
    }

    @Test
    void aRankThatRoseBetweenSessionsGrewChangedAndIsContradictedByTheLiaisonService() {
        JsonNode rank = claim("Pyotr TESTOV / rank");
        assertThat(strings(rank.get("values"))).containsExactly("captain", "Major");
        assertThat(strings(rank.get("flags"))).contains("GREW", "CHANGED", "CONTRADICTED", "CORROBORATED");
        assertThat(strings(rank.get("because").get("GREW"))).containsExactly("st1", "st5");
        // The newspaper repeats him: its "major" corroborates nothing.
        assertThat(strings(rank.get("because").get("CORROBORATED"))).containsExactly("st1", "st11");
        assertThat(strings(rank.get("because").get("CONTRADICTED"))).contains("st5", "st11");
    }

    @Test
    void theCountOfAgentsGrewOnlyFromHimAndALeadRefutedIt() {
        JsonNode agents = claim("Pyotr TESTOV / agents named");
        assertThat(strings(agents.get("flags")))
                .containsExactly("CONTRADICTED", "CHANGED", "GREW", "ONLY_FROM_HIM", "REFUTED");
        assertThat(strings(agents.get("because").get("REFUTED"))).containsExactly("st6");
    }

    /** The vetting file's competing hypotheses, as {@code bonaFides}: the fields scripts rely on. */
    @Test
    void theAnalysisScoresTheVettingFileByParcAch() throws Exception {
        Path file = dir.resolve("vetting.json");
        try (var in = CaseFileTests.class.getResourceAsStream("/case-files/vetting.json")) {
            Files.write(file, in.readAllBytes());
        }
        HavenProcess.Run run = HavenProcess.run(
                "case-file",
                "analyse",
                file.toString(),
                "--format",
                "json",
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bonaFides = JSON.readTree(run.out()).get("bonaFides");
        assertThat(bonaFides.get("premise").asString()).isEqualTo("H3");
        assertThat(bonaFides.get("leading").asString()).isEqualTo("H1");
        JsonNode first = bonaFides.get("hypotheses").get(0);
        assertThat(first.get("ref").asString()).isEqualTo("H1");
        assertThat(first.get("inconsistency").asDouble()).isEqualTo(-3.3284);
        assertThat(first.get("rank").asInt()).isOne();
        assertThat(bonaFides.get("hypotheses").get(3).get("rank").asInt()).isEqualTo(3);
        assertThat(bonaFides.get("linchpins").get(0).get("item").asString()).isEqualTo("E1");
        assertThat(bonaFides.get("linchpins").get(0).get("change").asString()).contains("without it");
        // A file without a vetting file has an empty matrix, not a missing field.
        assertThat(analysis.get("bonaFides").get("hypotheses").isEmpty()).isTrue();
        // The scenario's surveillance, with no ref of its own, is named by its place in the record, and flagged:
        // no measure, no decision.
        JsonNode protection = analysis.get("protection");
        assertThat(protection.get("threats").get(0).get("ref").asString()).isEqualTo("T12");
        assertThat(protection.get("threats").get(0).get("type").asString()).isEqualTo("SURVEILLANCE");
        assertThat(strings(protection.get("unmeasured"))).containsExactly("T12");
        assertThat(protection.get("idle").isArray()).isTrue();
    }

    @Test
    void aControlQuestionAnsweredOtherwiseThanKnownIsFlaggedAndCountedForHim() {
        assertThat(strings(claim("Pyotr TESTOV / place of birth").get("flags"))).contains("CONTROL_FAILED");
        assertThat(strings(claim("Pyotr TESTOV / place of birth").get("because").get("CONTROL_FAILED")))
                .containsExactly("st14");
        assertThat(strings(claim("Pyotr TESTOV / date of birth").get("flags"))).doesNotContain("CONTROL_FAILED");
        JsonNode him = null;
        for (JsonNode s : analysis.get("sources")) {
            if (s.get("ref").asString().equals("him")) {
                him = s;
            }
        }
        assertThat(him.get("controls").get("asked").asInt()).isEqualTo(2);
        assertThat(him.get("controls").get("failed").asInt()).isOne();
    }

    @Test
    void aClaimFirstMadeAfterThePromiseOfResettlementIsMarked() {
        JsonNode recalled = claim("Pyotr TESTOV / recalled before defecting");
        assertThat(strings(recalled.get("flags"))).containsExactly("AFTER_INCENTIVE", "ONLY_FROM_HIM");
        // What another source first reports after his incentive is not his claim made for it.
        assertThat(strings(claim("Victor KRAVCHENKO / service").get("flags"))).doesNotContain("AFTER_INCENTIVE");
    }

    @Test
    void theContradictionsOfHisStoryAwaitADispositionAndWhatIsNotAnalysedIsNamed() {
        List<String> contradicted = new ArrayList<>();
        analysis.get("contradictions")
                .forEach(c -> contradicted.add(c.get("claim").asString()));
        assertThat(contradicted).containsExactly("Pyotr TESTOV / rank", "Pyotr TESTOV / agents named");
        assertThat(strings(analysis.get("notAnalysed"))).isEmpty();
    }

    /**
     * His record: prior C (mean 0.6, worth four outcomes), then one lead confirmed (his Коряков) and one refuted
     * (his twelve agents); the newspaper's inconclusive lead counts for nobody. The liaison service has no outcome:
     * its posterior is its prior.
     */
    @Test
    void eachSourceIsMeasuredByItsIndependentOutcomesFromItsDeclaredPrior() {
        Map<String, JsonNode> sources = new HashMap<>();
        analysis.get("sources").forEach(s -> sources.put(s.get("ref").asString(), s));
        JsonNode him = sources.get("him").get("measured");
        assertThat(him.get("confirmed").asInt()).isOne();
        assertThat(him.get("refuted").asInt()).isOne();
        assertThat(him.get("mean").asDouble()).isCloseTo(3.4 / 6.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(him.get("low").asDouble()).isLessThan(him.get("mean").asDouble());
        assertThat(him.get("high").asDouble()).isGreaterThan(him.get("mean").asDouble());
        assertThat(sources.get("him")
                        .get("byTopic")
                        .get("people")
                        .get("confirmed")
                        .asInt())
                .isOne();
        assertThat(sources.get("him")
                        .get("byTopic")
                        .get("networks")
                        .get("refuted")
                        .asInt())
                .isOne();
        JsonNode liaison = sources.get("liaison").get("measured");
        assertThat(liaison.get("confirmed").asInt() + liaison.get("refuted").asInt())
                .isZero();
        assertThat(liaison.get("mean").asDouble()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(sources.get("press").get("measured").get("refuted").asInt()).isZero();
    }

    @Test
    void aFileThatDoesNotValidateIsRefusedWithTheJsonPathOfEveryFault() throws Exception {
        String text;
        try (var in = CaseFileTests.class.getResourceAsStream("/case-files/testov.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                text.replace("\"credibility\": 2, \"topic\": \"people\"", "\"credibility\": 9, \"topic\": \"people\"")
                        .replace("\"lead\": \"L3\"", "\"lead\": \"L9\"")
                        .replace("\"source\": \"agent\"", "\"source\": \"nobody\""));
        HavenProcess.Run run = HavenProcess.inProcess(
                "case-file",
                "analyse",
                bad.toString(),
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("$.record[4].statements[0].credibility");
        // The schema's faults come first; once the file has the schema's shape, the references are checked.
        Files.writeString(
                bad,
                text.replace("\"lead\": \"L3\"", "\"lead\": \"L9\"")
                        .replace("\"source\": \"agent\"", "\"source\": \"nobody\""));
        run = HavenProcess.inProcess(
                "case-file",
                "analyse",
                bad.toString(),
                "--data-dir",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).isOne();
        assertThat(run.err())
                .contains("$.record[5].source: no source has the ref 'nobody'")
                .contains("$.record[11].lead: no lead above it has the id 'L9'");
    }

    @Test
    void aFileImportedFromTheConsoleIsExportedAsItCameAndTheStoreStillVerifies() throws Exception {
        Path file = dir.resolve("testov.json");
        String data = dir.resolve("store").toString();
        HavenProcess.Run imported = HavenProcess.inProcess("case-file", "import", file.toString(), "--data-dir", data);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("Imported '.*' to case (\\S+)").matcher(imported.out());
        assertThat(id.find()).as(imported.out()).isTrue();
        String caseId = id.group(1);
        Path out = dir.resolve("exported.json");
        HavenProcess.Run exported =
                HavenProcess.inProcess("case-file", "export", caseId, "--to", out.toString(), "--data-dir", data);
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(file));
        HavenProcess.Run verify = HavenProcess.inProcess("audit", "verify", "--data-dir", data);
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        // The stored file is an audited record: changed behind the log's back, it is named.
        try (var c = org.haven.TestStore.connect(dir.resolve("store"));
                var s = c.createStatement()) {
            assertThat(s.executeUpdate("update case_file set content = replace(content, 'Major', 'Colonel')"))
                    .isOne();
        }
        verify = HavenProcess.inProcess("audit", "verify", "--data-dir", data);
        assertThat(verify.exitCode()).isOne();
        assertThat(verify.err()).contains("case-file " + caseId + " has been changed behind the log's back");
    }

    @Test
    void theLeadsAreListedWithTheirOwnersDueDatesAndOutcomes() {
        JsonNode leads = analysis.get("leads");
        assertThat(leads.size()).isEqualTo(3);
        Map<String, String> results = new HashMap<>();
        leads.forEach(l -> results.put(l.get("id").asString(), l.get("result").asString()));
        assertThat(results)
                .containsEntry("L1", "CONFIRMED")
                .containsEntry("L2", "REFUTED")
                .containsEntry("L3", "INCONCLUSIVE");
        assertThat(leads.get(0).get("owner").asString()).isEqualTo("analyst-1");
        assertThat(leads.get(0).get("due").asString()).startsWith("1947-03-01");
    }
}
