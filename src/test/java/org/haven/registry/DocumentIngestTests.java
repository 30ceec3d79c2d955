package org.haven.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.RunningHaven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The study itself, ingested: every mention of every defector resolves to him, and nobody else does. */
class DocumentIngestTests extends RunningHaven {

    @Autowired
    DocumentIngest ingest;

    @Autowired
    People people;

    private String study;
    private List<Mention> mentions;

    @BeforeEach
    void ingestTheStudy() throws IOException {
        try (var in = getClass().getResourceAsStream("/sources/mi5-study-of-soviet-defectors-1948.txt")) {
            study = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        mentions = ingest.ingest(study);
    }

    private List<Mention> written(String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).toList();
    }

    @Test
    void everyMentionIsWhereItSaysAndResolved() {
        assertThat(mentions).hasSizeGreaterThan(120);
        for (Mention m : mentions) {
            assertThat(study.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.person())
                    .as("%s at %d: %s", m.text(), m.start(), m.explanation())
                    .isNotNull();
        }
    }

    @Test
    void everySpellingOfEveryDefectorResolvesToHim() {
        for (Person p : people.findAll()) {
            if (p.kind() != PersonKind.DEFECTOR || p.surname().contains("KRAVCHENKO")) {
                continue;
            }
            Set<String> forms = p.names().stream().map(NameForm::name).collect(Collectors.toSet());
            List<Mention> his = mentions.stream()
                    .filter(m -> forms.contains(m.text().replace('\'', '’').replace("’S’", "‘S’"))
                            || forms.contains(m.text()))
                    .toList();
            assertThat(his).as(p.displayName()).isNotEmpty();
            assertThat(his)
                    .as(p.displayName())
                    .allSatisfy(m -> assertThat(m.personId()).isEqualTo(p.id()));
        }
        assertThat(written("KRIVTTSKY"))
                .singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo("krivitsky"));
        assertThat(written("KRIV1TSKY"))
                .singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo("krivitsky"));
        assertThat(written("AKKMEDOV"))
                .singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo("akhmedov"));
        assertThat(written("BES5EDOVSKY"))
                .singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo("bessedovski"));
        assertThat(written("SIIARANDAK"))
                .singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo("sharandak"));
    }

    @Test
    void tellsTheTwoKravchenkosApartWhereverTheTextAllows() {
        assertThat(written("Victor KRAVCHENKO"))
                .hasSize(5)
                .allSatisfy(m -> assertThat(m.personId()).isEqualTo("victor-kravchenko"));
        assertThat(mentions.stream().filter(m -> m.text().matches("Ale[sx]ander KRAVC(H|II)ENKO")))
                .hasSize(6)
                .allSatisfy(m -> assertThat(m.personId()).isEqualTo("alexander-kravchenko"));
        int newspapers = study.indexOf("KRAVCIIENKO had to tell the newspapers");
        Mention bare = mentions.stream()
                .filter(m -> m.start() == newspapers)
                .findFirst()
                .orElseThrow();
        assertThat(bare.personId()).isEqualTo("victor-kravchenko");
        assertThat(bare.explanation()).contains("nearest earlier mention");
    }

    @Test
    void peopleWhoAreNotDefectorsAreNotResolvedToDefectors() {
        Map<String, String> expected = Map.of(
                "TROTSKY",
                "trotsky",
                "Trotsky",
                "trotsky",
                "Ignace REISS",
                "reiss",
                "REISS",
                "reiss",
                "Allan Nunn MAY",
                "may",
                "Molotov",
                "molotov",
                "Thorez",
                "thorez",
                "Duclos",
                "duclos",
                "Stalin",
                "stalin");
        expected.forEach((text, id) -> assertThat(written(text))
                .as(text)
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.personId()).isEqualTo(id);
                    assertThat(m.kind()).isEqualTo(PersonKind.PERSON);
                }));
        assertThat(mentions)
                .noneMatch(m -> m.text().startsWith("Stalinist") || m.text().startsWith("Trotskyist"));
    }

    @Test
    void anInitialBeforeASurnameIsAnInitialNotTheArticle() {
        String memo = "Victor KRAVCHENKO spoke in New York. Later A. Kravchenko wrote to the Embassy in Prague.";
        List<Mention> found = ingest.ingest(memo);
        Mention initialled = found.stream()
                .filter(m -> m.text().endsWith("Kravchenko"))
                .findFirst()
                .orElseThrow();
        assertThat(initialled.text()).isEqualTo("A. Kravchenko");
        assertThat(initialled.personId()).isEqualTo("alexander-kravchenko");
        List<Mention> article = ingest.ingest("Victor KRAVCHENKO spoke. A KRAVCHENKO was seen in Prague.");
        assertThat(article.getLast().text()).as("the article before a surname").isEqualTo("KRAVCHENKO");
    }

    @Test
    void proposesAnUnknownManAsNewAndLeavesAnAmbiguousOneUnresolved() {
        String report = "Source reports that Pavel SUDOPLATOV met KRAVCHENKO in Vienna.";
        List<Mention> found = ingest.ingest(report);
        assertThat(found).extracting(Mention::text).containsExactly("SUDOPLATOV", "KRAVCHENKO");
        assertThat(found.get(0).proposedNew()).isTrue();
        assertThat(found.get(0).person()).isNull();
        assertThat(found.get(1).person()).isNull();
        assertThat(found.get(1).explanation()).contains("could be any of");
    }

    /**
     * The probe's document: a megabyte on one line. Read in one pass (it held a core for 18 minutes when each word
     * in capitals looked over its whole line); the bound is a generous guard, the speed is the benchmark's.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aMegabyteOnOneLineIsReadInOnePassAndEveryMentionIsWhereItSays() {
        String line = study.replace('\n', ' ');
        StringBuilder document = new StringBuilder();
        int copies = 0;
        while (document.length() < 1_100_000) {
            document.append(line).append(' ');
            copies++;
        }
        List<Mention> found = new java.util.ArrayList<>();
        List<Long> told = new java.util.ArrayList<>();
        ingest.ingest(document, m -> true, found::add, told::add);
        assertThat(found.size()).isGreaterThan(copies * 100);
        for (Mention m : found) {
            assertThat(document.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        // Told of its progress on the way, and at the end.
        assertThat(told).hasSizeGreaterThan(1).last().isEqualTo((long) document.length());
    }
}
