package org.haven.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.archive.Attribute;
import org.haven.archive.DatasetException;
import org.haven.archive.Fact;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.evidence.Citation;
import org.haven.evidence.SourceLibrary;
import org.junit.jupiter.api.Test;

/** The built-in data file of the 1948 cases, and how a malformed one is refused. */
class CaseDatasetTests {

    private static final SourceLibrary SOURCES = SourceLibrary.builtIn();
    private static final List<PastCase> CASES = builtIn();

    private static List<PastCase> builtIn() {
        try (var in = new InputStreamReader(
                CaseDatasetTests.class.getResourceAsStream("/dataset/cases-1948.yaml"), StandardCharsets.UTF_8)) {
            return CaseDataset.read("cases-1948.yaml", in, SOURCES).cases();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, PastDefector> defectors() {
        return CASES.stream()
                .flatMap(c -> c.defectors().stream())
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
    }

    private static List<Citation> everyCitation() {
        List<Citation> all = new ArrayList<>();
        for (PastCase c : CASES) {
            c.facts().asMap().values().forEach(l -> l.forEach(f -> all.addAll(f.sources())));
            for (PastDefector d : c.defectors()) {
                d.facts().asMap().values().forEach(l -> l.forEach(f -> all.addAll(f.sources())));
            }
        }
        return all;
    }

    @Test
    void holdsTheTwentyDefectorsOfTheStudyInNineteenCases() {
        assertThat(CASES).hasSize(19);
        assertThat(defectors()).hasSize(20);
        PastCase together = CASES.stream()
                .filter(c -> c.id().value().equals("takacs-denisov"))
                .findFirst()
                .orElseThrow();
        assertThat(together.defectors())
                .extracting(PastDefector::displayName)
                .containsExactlyInAnyOrder("Vera TAKACS", "Mikhail DENISOV");
    }

    @Test
    void everyQuotedPassageStandsInTheStudyWordForWord() throws IOException {
        String study;
        try (var in = getClass().getResourceAsStream("/sources/mi5-study-of-soviet-defectors-1948.txt")) {
            study = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        List<Citation> citations = everyCitation();
        assertThat(citations).hasSizeGreaterThan(200);
        for (Citation c : citations) {
            assertThat(study)
                    .as("passage cited from section %s", c.section())
                    .contains(c.passage().replaceAll("\\s+", " ").strip());
            assertThat(SOURCES.supports(c))
                    .as("passage in its own section %s: %s", c.section(), c.passage())
                    .isTrue();
        }
    }

    @Test
    void everyDefectorHasTheYearHeDefectedAtTheYearsPrecision() {
        defectors().values().forEach(d -> {
            assertThat(d.defected().known()).as(d.displayName()).isTrue();
            assertThat(d.defected().value().toString()).as(d.displayName()).matches("19[2-4]\\d");
        });
    }

    @Test
    void keepsEverySpellingTheStudyUses() {
        Map<String, PastDefector> d = defectors();
        assertThat(names(d.get("bessedovski"))).contains("BESSEDOVSKI", "BESSEDOVSKY", "BESSED0VSKY", "BES5EDOVSKY");
        assertThat(names(d.get("krivitsky"))).contains("KRIVITSKY", "KRIVTTSKY", "KRIV1TSKY");
        assertThat(names(d.get("akhmedov"))).contains("AKHMEDOV", "AKKMEDOV");
        assertThat(names(d.get("koriakoff"))).contains("KORIAKOFF", "KORIAKOV");
        assertThat(names(d.get("sharandak"))).contains("SHARANDAK", "SIIARANDAK");
        assertThat(names(d.get("alexander-kravchenko"))).contains("Alesander KRAVCHENKO", "Alexander KRAVCIIENKO");
    }

    @Test
    void tellsTheTwoKravchenkosApart() {
        Map<String, PastDefector> d = defectors();
        PastDefector victor = d.get("victor-kravchenko");
        PastDefector alexander = d.get("alexander-kravchenko");
        assertThat(victor.displayName()).isEqualTo("Victor KRAVCHENKO");
        assertThat(alexander.displayName()).isEqualTo("Alexander KRAVCHENKO");
        assertThat(names(victor)).doesNotContain("Alexander KRAVCHENKO", "Alexander KRAVCIIENKO");
        assertThat(names(alexander)).doesNotContain("Victor KRAVCHENKO");
        assertThat(victor.fact(Attribute.FIRST_VISIT_ABROAD).is(true)).isTrue();
        assertThat(alexander.fact(Attribute.BROUGHT_DOCUMENTS).is(true)).isTrue();
        assertThat(victor.fact(Attribute.BROUGHT_DOCUMENTS).known()).isFalse();
    }

    @Test
    void whereTheStudyIsSilentTheFactIsUnknownNotFalse() {
        Map<String, PastDefector> d = defectors();
        Fact<Boolean> yurchenkoRecalled = d.get("yurchenko").fact(Attribute.RECALLED_BEFORE_DEFECTION);
        assertThat(yurchenkoRecalled.known()).isFalse();
        assertThat(yurchenkoRecalled.value()).isNull();
        assertThat(d.get("jurachow").fact(Attribute.WROTE_MEMOIRS).known()).isFalse();
        assertThat(d.get("s").fact(Attribute.PAID_WITH_LIFE).known()).isFalse();
    }

    @Test
    void aPassageMayQualifyAFact() {
        Fact<Boolean> volkov = defectors().get("volkov").fact(Attribute.PAID_WITH_LIFE);
        assertThat(volkov.is(true)).isTrue();
        assertThat(volkov.certainty()).isEqualTo(org.haven.evidence.Certainty.PROBABLE);
    }

    @Test
    void namesThePeopleOfTheStudyWhoAreNotDefectors() throws IOException {
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/dataset/cases-1948.yaml"), StandardCharsets.UTF_8)) {
            var people = CaseDataset.read("cases-1948.yaml", in, SOURCES).people();
            assertThat(people)
                    .extracting(org.haven.archive.NamedPerson::displayName)
                    .contains("TROTSKY", "Ignace REISS", "Allan MAY", "Molotov", "Thorez", "Duclos", "Stalin");
            assertThat(people).allSatisfy(p -> assertThat(p.names()).isNotEmpty());
        }
    }

    @Test
    void refusesAPersonWhoseIdIsADefectors() {
        DatasetException e = refused(VALID_CASE + """
                people:
                  - id: pik
                    surname: PIK
                    names:
                      - name: PIK
                        sources: [{section: I, passage: "Eugene PIK 1927"}]
                """);
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.reason()).contains("id 'pik' is already used on line 4");
    }

    private static List<String> names(PastDefector d) {
        return d.names().stream().map(Fact::value).toList();
    }

    // --- malformed files

    private static final String VALID_CASE = """
            cases:
              - id: pik
                defectors:
                  - id: pik
                    surname: PIK
                    defected:
                      value: "1927"
                      sources: [{section: I, passage: "Eugene PIK 1927"}]
            """;

    private static DatasetException refused(String yaml) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                DatasetException.class, () -> CaseDataset.read("bad.yaml", new StringReader(yaml), SOURCES));
    }

    @Test
    void readsAMinimalValidFile() {
        List<PastCase> cases = CaseDataset.read("ok.yaml", new StringReader(VALID_CASE), SOURCES)
                .cases();
        assertThat(cases).hasSize(1);
        assertThat(cases.getFirst().defectors().getFirst().defected().value()).hasToString("1927");
    }

    @Test
    void refusesAnUnknownFieldNamingTheLine() {
        DatasetException e = refused(VALID_CASE.replace("    surname: PIK", "    surname: PIK\n        rank: major"));
        assertThat(e.file()).isEqualTo("bad.yaml");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.reason()).contains("unknown field 'rank'");
        assertThat(e).hasMessageStartingWith("bad.yaml:6: ");
    }

    @Test
    void refusesAPassageThatIsNotInTheStudy() {
        DatasetException e = refused(VALID_CASE.replace("Eugene PIK 1927", "Eugene PIK 1928"));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.reason()).contains("not in section I").contains("Eugene PIK 1928");
    }

    @Test
    void refusesAPassageCitedToTheWrongSection() {
        DatasetException e = refused(VALID_CASE.replace("section: I,", "section: II,"));
        assertThat(e.reason()).contains("not in section II").contains("it stands in section I");
    }

    @Test
    void refusesAFactWithoutASource() {
        DatasetException e =
                refused(VALID_CASE.replace("sources: [{section: I, passage: \"Eugene PIK 1927\"}]", "sources: []"));
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.reason()).contains("no source");
    }

    @Test
    void refusesAValueOutsideTheVocabulary() {
        DatasetException e = refused(VALID_CASE + """
                        stimuli:
                          - value: BOREDOM
                            sources: [{section: I, passage: "Eugene PIK 1927"}]
                """);
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.reason()).contains("'BOREDOM' is not one of RECALL, FEAR, LOVE, WESTERN_WAY_OF_LIFE");
    }

    @Test
    void refusesAYearTurnedIntoSomethingElse() {
        DatasetException e = refused(VALID_CASE.replace("\"1927\"", "\"about 1927\""));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.reason()).contains("not a date");
    }

    @Test
    void refusesFalseWrittenAsNo() {
        DatasetException e = refused(VALID_CASE + """
                        exploited:
                          value: maybe
                          sources: [{section: I, passage: "Eugene PIK 1927"}]
                """);
        assertThat(e.reason()).contains("'maybe' is not true or false");
    }

    @Test
    void refusesBrokenYamlNamingTheLine() {
        DatasetException e = refused(VALID_CASE.replace("surname: PIK", "surname: [PIK"));
        assertThat(e.reason()).startsWith("not valid YAML");
        assertThat(e.line()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesADefectorIdUsedTwice() {
        String twice = VALID_CASE + """
                  - id: pik-again
                    defectors:
                      - id: pik
                        surname: PIK
                """;
        DatasetException e = refused(twice);
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.reason()).contains("defector id 'pik' is already used on line 4");
    }

    @Test
    void refusesACaseWithoutDefectors() {
        DatasetException e = refused("cases:\n  - id: empty\n    defectors: []\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("has no defector");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> CaseDataset.read("empty.yaml", new StringReader(""), SOURCES))
                .withMessage("empty.yaml:1: the file is empty");
    }
}
