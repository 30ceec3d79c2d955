package org.haven.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceDocumentTests {

    private final SourceDocument study = SourceLibrary.builtIn().get(SourceLibrary.STUDY_1948);

    @Test
    void dividesTheStudyIntoItsTenSections() {
        assertThat(study.sections().keySet())
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
        assertThat(study.section("IV").orElseThrow().heading()).isEqualTo("RECEPTION");
        assertThat(study.section("X").orElseThrow().heading()).isEqualTo("SUMMARY");
    }

    @Test
    void findsAPassageAcrossLineBreaksAndBlankLines() {
        assertThat(study.contains("I", "Igor GOUZENKO 1945")).isTrue();
        assertThat(study.contains("I", "Igor   GOUZENKO\n1945")).isTrue();
    }

    @Test
    void findsAPassageOnlyInItsOwnSection() {
        String passage = "Five men defected in France";
        assertThat(study.contains("III", passage)).isTrue();
        assertThat(study.contains("IV", passage)).isFalse();
        assertThat(study.locate(passage)).contains("III");
    }

    @Test
    void refusesAPassageThatIsNotWordForWord() {
        assertThat(study.contains("III", "Six men defected in France")).isFalse();
        assertThat(study.contains("VII", "KRAVCHENKO had to tell the newspapers"))
                .isFalse();
        assertThat(study.contains("III", "KRAVCIIENKO had to tell the newspapers"))
                .isTrue();
    }

    @Test
    void supportsOnlyCitationsOfItself() {
        assertThat(study.supports(new Citation(SourceLibrary.STUDY_1948, "III", "Five men defected in France")))
                .isTrue();
        assertThat(study.supports(new Citation("another", "III", "Five men defected in France")))
                .isFalse();
    }
}
