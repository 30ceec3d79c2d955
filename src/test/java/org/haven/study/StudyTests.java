package org.haven.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.RunningHaven;
import org.haven.evidence.SourceLibrary;
import org.haven.study.Figure.Agreement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The study's figures, computed from the stored records, proved against the paper's own statements. */
class StudyTests extends RunningHaven {

    @Autowired
    StudyManagement studies;

    @Autowired
    SourceLibrary sources;

    private Figure figure(String id) {
        return studies.study().figure(id).orElseThrow(() -> new AssertionError("no figure " + id));
    }

    @Test
    void countsNineteenCasesOfTwentyDefectors() {
        Study study = studies.study();
        assertThat(study.cases()).isEqualTo(19);
        assertThat(study.defectors()).isEqualTo(20);
        assertThat(figure("defectors").agreement()).isEqualTo(Agreement.AGREES);
    }

    @Test
    void spansTheTwentyYearsFrom1927To1947() {
        Figure span = figure("span-of-years");
        assertThat(span.value()).isEqualTo(20);
        assertThat(span.agreement()).isEqualTo(Agreement.AGREES);
        Figure perYear = figure("defections-per-year");
        assertThat(perYear.breakdown().getFirst().value()).isEqualTo("1927");
        assertThat(perYear.breakdown().getLast().value()).isEqualTo("1947");
        assertThat(perYear.breakdown().stream()
                        .filter(g -> g.value().equals("1946"))
                        .findFirst()
                        .orElseThrow()
                        .count())
                .isEqualTo(5);
    }

    @Test
    void nineWereRecalledImmediatelyBeforeDefecting() {
        Figure recalled = figure("recalled-before-defection");
        assertThat(recalled.value()).isEqualTo(9);
        assertThat(recalled.members())
                .containsExactlyInAnyOrder(
                        "Grigori BESSEDOVSKI",
                        "Walter KRIVITSKY",
                        "Alexandre BARMIN",
                        "Leon HELFAND",
                        "Ismail AKHMEDOV",
                        "Igor GOUZENKO",
                        "Kiril ALEXEEV",
                        "Michel KORIAKOFF",
                        "Grigori TOKAEV");
        assertThat(recalled.paper().value()).isEqualTo(9);
        assertThat(recalled.paper().members()).containsExactlyInAnyOrderElementsOf(recalled.members());
        assertThat(recalled.agreement()).isEqualTo(Agreement.AGREES);
        assertThat(recalled.unknown())
                .contains("YURCHENKO", "Andre JURACHOW", "'S'")
                .doesNotContain("Vera TAKACS");
    }

    @Test
    void elevenWereExploitedAndTheRecordsSayWhyNotTheOthers() {
        Figure exploited = figure("exploited");
        assertThat(exploited.value()).isEqualTo(11);
        assertThat(exploited.members())
                .containsExactlyInAnyOrder(
                        "George AGABEKOV",
                        "Walter KRIVITSKY",
                        "Ismail AKHMEDOV",
                        "Victor KRAVCHENKO",
                        "Igor GOUZENKO",
                        "Kiril ALEXEEV",
                        "Mikhail DENISOV",
                        "Vera TAKACS",
                        "Alexander KRAVCHENKO",
                        "'S'",
                        "Grigori TOKAEV");
        assertThat(exploited.agreement()).isEqualTo(Agreement.AGREES);

        Figure notExploited = figure("not-exploited");
        assertThat(notExploited.value()).isEqualTo(9);
        assertThat(notExploited.paper().names()).hasSize(7);
        assertThat(notExploited.members()).contains("Vasili SHARANDAK", "Andre JURACHOW", "Eugene PIK");
        assertThat(notExploited.agreement()).isEqualTo(Agreement.AGREES);
    }

    @Test
    void eightWroteMemoirsThoughThePaperOnlyNamesThem() {
        Figure memoirs = figure("memoirs");
        assertThat(memoirs.value()).isEqualTo(8);
        assertThat(memoirs.paper().stated()).isFalse();
        assertThat(memoirs.paper().value()).isEqualTo(8);
        assertThat(memoirs.members())
                .contains("Michel KORIAKOFF", "Victor KRAVCHENKO")
                .doesNotContain("Alexander KRAVCHENKO");
        assertThat(memoirs.agreement()).isEqualTo(Agreement.AGREES);
    }

    @Test
    void namesThoseWhoPaidWithTheirLivesWithVolkovOnlyProbably() {
        Figure lives = figure("paid-with-life");
        assertThat(lives.members())
                .containsExactlyInAnyOrder("George AGABEKOV", "Walter KRIVITSKY", "Constantin VOLKOV");
        assertThat(lives.evidence())
                .filteredOn(e -> e.defector().equals("Constantin VOLKOV"))
                .singleElement()
                .satisfies(e -> assertThat(e.facts().getFirst().certainty()).isEqualTo("probable"));
        assertThat(lives.agreement()).isEqualTo(Agreement.AGREES);
    }

    @Test
    void answersTheSmallerQuestionsAsThePaperDoes() {
        assertThat(figure("brought-documents").members())
                .containsExactlyInAnyOrder("Igor GOUZENKO", "Alexander KRAVCHENKO");
        assertThat(figure("first-visit-abroad").members())
                .containsExactlyInAnyOrder("Igor GOUZENKO", "Victor KRAVCHENKO");
        assertThat(figure("lost-before-decision").members()).containsExactly("Constantin VOLKOV");
        for (String id : new String[] {"brought-documents", "first-visit-abroad", "lost-before-decision"}) {
            assertThat(figure(id).agreement()).as(id).isEqualTo(Agreement.AGREES);
        }
    }

    @Test
    void flagsWhereTheRecordsAreSilentOnWhatThePaperCounts() {
        Figure british = figure("chose-the-british");
        assertThat(british.members()).contains("Constantin VOLKOV", "Vera TAKACS", "Mikhail DENISOV");
        assertThat(british.agreement()).isEqualTo(Agreement.RECORDS_INCOMPLETE);
        assertThat(british.disagreement()).contains("the records give 3, the paper 4");

        Figure otherCountry = figure("chose-another-country");
        assertThat(otherCountry.paper().value()).isEqualTo(7);
        assertThat(otherCountry.agreement()).isNotEqualTo(Agreement.AGREES);

        Figure where = figure("where-defected");
        assertThat(where.breakdown())
                .filteredOn(g -> g.value().equals("France"))
                .singleElement()
                .satisfies(g -> assertThat(g.paper()).isEqualTo(6));
        assertThat(where.agreement()).isNotEqualTo(Agreement.AGREES);
    }

    @Test
    void everyFigureNamesTheCasesAndPassagesBehindIt() {
        for (Figure f : studies.study().figures()) {
            assertThat(f.evidence()).as(f.id()).hasSize(f.members().size());
            f.evidence().forEach(e -> {
                assertThat(e.facts()).as(f.id() + " " + e.defector()).isNotEmpty();
                e.facts()
                        .forEach(fact -> assertThat(fact.sources()).isNotEmpty().allMatch(sources::supports));
            });
        }
    }

    @Test
    void showsWhereThePaperContradictsItself() {
        Study study = studies.study();
        assertThat(study.discrepancies())
                .extracting(Discrepancy::id)
                .contains(
                        "paris-six-france-five",
                        "remaining-do-not-add-up",
                        "remaining-nine-seven-named",
                        "sharandak-exploited-or-not",
                        "helfand-valuable-but-not-exploited");
        assertThat(studies.citations()).allMatch(sources::supports);
    }
}
