package org.haven.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.registry.PersonName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs of names as they reach an analyst, and whether they are one person's. */
class NameScorerTests {

    private static NameScorer.Scored score(String a, String b) {
        return NameScorer.score(NameParser.parse(a), NameParser.parse(b));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            KORIAKOV | KORIAKOFF
            KORIAKOV | Korjakow
            KORIAKOFF | Коряков
            Michel KORIAKOFF | Коряков
            BESSEDOVSKI | BESSEDOVSKY
            BESSEDOVSKI | BES5EDOVSKY
            BESSEDOVSKI | BESSED0VSKY
            BESSEDOVSKI | Бесседовский
            Victor KRAVCHENKO | KRAVCIIENKO
            Victor KRAVCHENKO | KRAVCHENKO, Victor
            Victor KRAVCHENKO | V. KRAVCHENKO
            Victor KRAVCHENKO | Viktor Krawtschenko
            Victor KRAVCHENKO | Kravchenko Viktor Andreyevich
            Victor KRAVCHENKO | Виктор Кравченко
            Leon HELFAND | GELFAND
            Ismail AKHMEDOV | AKKMEDOV
            Ismail AKHMEDOV | Achmedow
            Walter KRIVITSKY | KRIVTTSKY
            Walter KRIVITSKY | KRIV1TSKY
            Walter KRIVITSKY | Kriwitzki
            Vasili SHARANDAK | SIIARANDAK
            Vasili SHARANDAK | Scharandak
            Igor GOUZENKO | Гузенко
            Igor GOUZENKO | Igor Guzenko
            Grigori TOKAEV | Токаев
            Grigori TOKAEV | Tokajew
            YURCHENKO | Jurtschenko
            YURCHENKO | Iourtchenko
            """)
    void takesSpellingsOfOneNameAsOnePerson(String a, String b) {
        NameScorer.Scored scored = score(a, b);
        assertThat(scored.match()).as(scored.explanation()).isTrue();
        assertThat(scored.score()).isBetween(NameScorer.THRESHOLD, 1.0);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Victor KRAVCHENKO | Alexander KRAVCHENKO
            Victor KRAVCHENKO | A. KRAVCHENKO
            KRAVCHENKO, Victor | Alesander KRAVCHENKO
            Igor GOUZENKO | Walter KRIVITSKY
            Walter KRIVITSKY | TROTSKY
            Ignace REISS | Leon HELFAND
            Mikhail DENISOV | Vera TAKACS
            Grigori TOKAEV | Grigori BESSEDOVSKI
            Kiril ALEXEEV | Constantin VOLKOV
            Yevgeniy Petrovich IVANOV | Yevgeniya Petrovna IVANOVA
            Valentin SMIRNOV | Valentina SMIRNOV
            Ivan Alekseyevich IVANOV | Ivan Aleksandrovich IVANOV
            """)
    void keepsDifferentPeopleApart(String a, String b) {
        NameScorer.Scored scored = score(a, b);
        assertThat(scored.match()).as(scored.explanation()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Victor KRAVCHENKO | Alexander KRAVCHENKO | given names conflict
            KORIAKOFF | Коряков | same skeleton 'korakov'
            BESSEDOVSKI | BESSEDOVSKY | Daitch-Mokotoff code
            """)
    void explainsWhyItMatchedOrNot(String a, String b, String reason) {
        assertThat(score(a, b).explanation()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            KRAVCHENKO, Victor | Victor | KRAVCHENKO
            Victor KRAVCHENKO | Victor | KRAVCHENKO
            Kravchenko Viktor Andreyevich | Viktor | Kravchenko
            Dr Allan Nunn MAY | Allan | MAY
            Constantin Volkov | Constantin | Volkov
            """)
    void takesNamesApart(String written, String given, String surname) {
        PersonName name = NameParser.parse(written);
        assertThat(name.firstGiven()).isEqualTo(given);
        assertThat(name.surname()).isEqualTo(surname);
    }
}
