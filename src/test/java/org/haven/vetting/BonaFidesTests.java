package org.haven.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileRefused;
import org.haven.exploitation.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * A vetting file of the tests' own, scored by hand by PARC ACH's rules (weights Low 1/√2, Medium 1, High √2; II −2,
 * I −1): Haven's scores, ranks and linchpins must be those.
 *
 * <pre>
 *          weight          H1 genuine   H2 embroider  H3 plant     H4 fabricator
 * E1 r1    High×High = 2     C    0      I   −2         II  −4       II  −4
 * E2 arg   Med×Med   = 1     I/C −0.5    C    0         C    0       C    0     (v1 I, v2 C: their mean)
 * E3 s1    Med×Low = .707    N    0      II −1.414      C    0       C    0     (v1 first I, then C)
 * E4 abs   Med×High = √2     II −2.828   C    0         N    0       N    0
 * total                        −3.328       −3.414        −4           −4
 * rank                           1            2             3            3
 * </pre>
 *
 * By hand too: without E1, H3 and H4 lead (0, 0 against −3.328); E1 at medium credibility, H2, H3 and H4 tie
 * first (−2.828 each);
 * E2 at high, H1 falls to −3.536 below H2; without E3, H2 stands at −2; E3 at low, H2 at −3; E4 at high, H1 at −4.5.
 */
class BonaFidesTests {

    private static String text() throws Exception {
        try (var in = BonaFidesTests.class.getResourceAsStream("/case-files/vetting.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CaseFile scenario() throws Exception {
        return CaseFiles.read(text());
    }

    @Test
    void theLeastInconsistentHypothesisRanksFirstAndTiesShareARank() throws Exception {
        BonaFides b = BonaFides.of(scenario());
        assertThat(b.hypotheses())
                .extracting(BonaFides.Ranked::ref, BonaFides.Ranked::inconsistency, BonaFides.Ranked::rank)
                .containsExactly(
                        tuple("H1", -3.3284, 1), tuple("H2", -3.4142, 2), tuple("H3", -4.0, 3), tuple("H4", -4.0, 3));
        assertThat(b.leading()).isEqualTo("H1");
        assertThat(b.tied()).containsExactly("H1");
        // The premise it began from, beside where the evidence now points.
        assertThat(b.premise()).isEqualTo("H3");
    }

    @Test
    void theLinchpinsAreTheItemsWhoseRemovalOrOneStepOfCredibilityChangesTheLeader() throws Exception {
        BonaFides b = BonaFides.of(scenario());
        assertThat(b.linchpins())
                .extracting(BonaFides.Linchpin::item, BonaFides.Linchpin::by, BonaFides.Linchpin::leading)
                .containsExactly(
                        tuple("E1", "REMOVED", List.of("H3", "H4")),
                        tuple("E1", "CREDIBILITY_DOWN", List.of("H2", "H3", "H4")),
                        tuple("E2", "CREDIBILITY_UP", List.of("H2")),
                        tuple("E3", "REMOVED", List.of("H2")),
                        tuple("E3", "CREDIBILITY_DOWN", List.of("H2")),
                        tuple("E4", "CREDIBILITY_UP", List.of("H2")));
        assertThat(b.linchpins().getFirst().change()).isEqualTo("without it, H3 and H4 rank first, not H1");
    }

    @Test
    void eachRowHasItsWeightsItsDiagnosticityAndWhereOfficersDisagree() throws Exception {
        BonaFides b = BonaFides.of(scenario());
        Map<String, BonaFides.Row> rows = new java.util.LinkedHashMap<>();
        b.rows().forEach(r -> rows.put(r.item(), r));
        // The liaison report's grading 2 gives E1 a high credibility; the debrief statement, ungraded, a medium one.
        assertThat(rows.get("E1").credibility()).isEqualTo(CaseFile.Weight.HIGH);
        assertThat(rows.get("E3").credibility()).isEqualTo(CaseFile.Weight.MEDIUM);
        assertThat(rows.values()).extracting(BonaFides.Row::diagnosticity).containsExactly(4.0, 0.5, 1.4142, 2.8284);
        assertThat(rows.get("E2").disagreed()).containsExactly("H1");
        assertThat(rows.get("E2").cells().get("H1"))
                .extracting(BonaFides.Given::officer)
                .containsExactly("v1", "v2");
        // A re-rating by the same officer replaces his earlier one in the score; the file keeps both.
        assertThat(rows.get("E3").cells().get("H3")).containsExactly(new BonaFides.Given("v1", CaseFile.Consistency.C));
        assertThat(rows.get("E3").disagreed()).isEmpty();
    }

    @Test
    void aRatingOfAnItemOrHypothesisTheFileDoesNotHaveIsAFault() throws Exception {
        String text = text();
        CaseFileRefused refused = org.junit.jupiter.api.Assertions.assertThrows(
                CaseFileRefused.class,
                () -> CaseFiles.read(text.replace(
                                "{\"item\": \"E4\", \"hypothesis\": \"H4\"",
                                "{\"item\": \"E9\", \"hypothesis\": \"H9\"")
                        .replace("\"premise\": \"H3\"", "\"premise\": \"H7\"")));
        assertThat(refused.faults())
                .extracting(CaseFileRefused.Fault::path)
                .containsExactly("$.vetting.premise", "$.vetting.ratings[17].item", "$.vetting.ratings[17].hypothesis");
        CaseFileRefused badRating = org.junit.jupiter.api.Assertions.assertThrows(
                CaseFileRefused.class, () -> CaseFiles.read(text.replace("\"rating\": \"II\"", "\"rating\": \"III\"")));
        assertThat(badRating.faults().getFirst().path()).startsWith("$.vetting.ratings[");
    }

    @Test
    void aFileWithoutAVettingFileHasAnEmptyMatrix() throws Exception {
        CaseFile file = scenario();
        BonaFides none = BonaFides.of(new CaseFile(
                file.title(),
                file.label(),
                file.defectors(),
                file.approach(),
                file.properties(),
                file.sources(),
                file.record(),
                file.notAnalysed(),
                file.document(),
                null));
        assertThat(none.hypotheses()).isEmpty();
        assertThat(none.leading()).isNull();
    }
}
