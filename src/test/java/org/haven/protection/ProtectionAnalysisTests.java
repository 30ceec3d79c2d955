package org.haven.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileRefused;
import org.haven.exploitation.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * A protection record of the tests' own: each threat's latest status and its measures, the threats with neither a
 * measure nor a decision flagged, the idle stretch of the first weeks found, the relatives listed.
 */
class ProtectionAnalysisTests {

    private static String text() throws Exception {
        try (var in = ProtectionAnalysisTests.class.getResourceAsStream("/case-files/protection.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void threatsStandAtTheirLatestStatusWithTheirMeasuresAndTheUnmeasuredAreFlagged() throws Exception {
        CaseFile file = CaseFiles.read(text());
        ProtectionAnalysis p = ProtectionAnalysis.of(file, ProtectionAnalysis.Policy.DEFAULT, null);
        assertThat(p.threats())
                .extracting(ProtectionAnalysis.Threat::ref, ProtectionAnalysis.Threat::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T1", "REPORTED"),
                        org.assertj.core.groups.Tuple.tuple("T2", "ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple("T3", "REPORTED"),
                        org.assertj.core.groups.Tuple.tuple("T4", "RESOLVED"));
        assertThat(p.threats().getFirst().measures()).containsExactly("M1");
        // T2 has no measure and no decision; T3 a decision written down; T4 is resolved.
        assertThat(p.unmeasured()).containsExactly("T2");
        assertThat(p.threats().get(1).reassess()).isEqualTo("1950-01-20");
        assertThat(p.threats().get(3).target()).isEqualTo("RELATIVE");
        assertThat(p.relatives()).extracting(ProtectionAnalysis.Relative::where).containsExactly("AT_HOME");
        // The promises made him: the first kept, the second not yet, flagged; his trust as last judged.
        assertThat(p.promises())
                .extracting(ProtectionAnalysis.Promise::text)
                .containsExactly("news of his mother", "a typewriter");
        assertThat(p.promises().getFirst().kept()).isEqualTo(Instant.parse("1950-01-12T00:00:00Z"));
        assertThat(p.unkept()).containsExactly("P2");
        assertThat(p.trust()).isEqualTo("WARY");
        // Protection kinds are analysed now, not listed as kept-but-not-analysed.
        assertThat(file.notAnalysed()).isEmpty();
    }

    @Test
    void aStretchOfTheFirstWeeksLongerThanThePolicyWithNoContactAndNoWorkIsIdle() throws Exception {
        CaseFile file = CaseFiles.read(text());
        ProtectionAnalysis p = ProtectionAnalysis.of(file, ProtectionAnalysis.Policy.DEFAULT, null);
        // From the contact of the 4th to that of the 12th: eight days. From the 1st to the debrief of the 2nd, and
        // from the 12th to the 14th, are within three.
        assertThat(p.idle())
                .containsExactly(new ProtectionAnalysis.Idle(
                        Instant.parse("1950-01-04T00:00:00Z"), Instant.parse("1950-01-12T00:00:00Z"), 8));
        // Under a policy of ten days, none; seen as of the 20th, the open stretch since the 14th is six days.
        assertThat(ProtectionAnalysis.of(file, new ProtectionAnalysis.Policy(10, 8), null)
                        .idle())
                .isEmpty();
        assertThat(ProtectionAnalysis.of(file, ProtectionAnalysis.Policy.DEFAULT, Instant.parse("1950-01-20T00:00:00Z"))
                        .idle()
                        .getLast())
                .isEqualTo(new ProtectionAnalysis.Idle(
                        Instant.parse("1950-01-14T00:00:00Z"), Instant.parse("1950-01-20T00:00:00Z"), 6));
        // After the first weeks the watch is over: nothing past the eighth week counts.
        assertThat(ProtectionAnalysis.of(file, ProtectionAnalysis.Policy.DEFAULT, Instant.parse("1951-01-01T00:00:00Z"))
                        .idle()
                        .getLast()
                        .to())
                .isEqualTo(Instant.parse("1950-02-26T00:00:00Z"));
    }

    @Test
    void aRecordJustOpenedHasNothingIdleYet() throws Exception {
        String opened = text().replaceAll("(?s)\"record\": \\[.*\\]\\s*}\\s*$", "\"record\": []}");
        CaseFile file = CaseFiles.read(opened);
        assertThat(file.record()).isEmpty();
        assertThat(ProtectionAnalysis.of(file, ProtectionAnalysis.Policy.DEFAULT, null)
                        .idle())
                .isEmpty();
    }

    @Test
    void aMeasureAgainstNoThreatIsAFault() throws Exception {
        CaseFileRefused refused = assertThrows(
                CaseFileRefused.class,
                () -> CaseFiles.read(text().replace("\"threat\": \"T1\"", "\"threat\": \"T9\"")));
        assertThat(refused.faults().getFirst().path()).isEqualTo("$.record[4].threat");
        assertThat(refused.faults().getFirst().message()).contains("no threat above it has the ref 'T9'");
    }
}
