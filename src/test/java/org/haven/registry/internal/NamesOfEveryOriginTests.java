package org.haven.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.haven.registry.NameTrace;
import org.haven.registry.PersonName;
import org.junit.jupiter.api.Test;

/** The first faults of the trace with names beyond Russian ones, each fixed where it arose. */
class NamesOfEveryOriginTests {

    @Test
    void aMiddleDotPartsANameAsASpaceDoes() {
        PersonName name = NameParser.parse("Li·Xiaolong");
        assertThat(name.given()).containsExactly("Li");
        assertThat(name.surname()).isEqualTo("Xiaolong");
        assertThat(NameTrace.compare("毛泽东", "Mao Zedong").match())
                .as("the characters romanised, family name first")
                .isTrue();
        assertThat(NameTrace.compare("毛泽东", "Zhou Enlai").match()).isFalse();
        assertThat(NameParser.parse("リー・シャオロン").surname()).isEqualTo("シャオロン");
        assertThat(NameParser.parse("Vladimir Mebry·anov").surname())
                .as("inside a word, BGN's mark that two letters are not one")
                .isEqualTo("Mebryanov");
    }

    @Test
    void aNameInChineseCharactersOrHangulIsReadFamilyNameFirst() {
        assertThat(NameParser.parse("毛泽东").surname()).isEqualTo("毛");
        assertThat(NameParser.parse("毛泽东").given()).containsExactly("泽东");
        assertThat(NameParser.parse("欧阳修").surname()).as("a compound surname").isEqualTo("欧阳");
        assertThat(NameParser.parse("김정은").surname()).isEqualTo("김");
        assertThat(NameParser.parse("남궁민").surname()).isEqualTo("남궁");
        assertThat(NameParser.parse("毛 泽东").surname())
                .as("spaced, the first part")
                .isEqualTo("毛");
        assertThat(NameParser.parse("田中角栄").surname())
                .as("four characters, no compound surname known: left whole")
                .isEqualTo("田中角栄");
        assertThat(NameTrace.compare("毛泽东", "Mao Zedong").match())
                .as("the characters romanised, family name first")
                .isTrue();
        assertThat(NameTrace.compare("毛泽东", "Zhou Enlai").match()).isFalse();
        assertThat(NameParser.parse("リー・シャオロン").surname())
                .as("kana: a foreign name in Western order")
                .isEqualTo("シャオロン");
    }

    @Test
    void particlesStayWithTheFamilyNameAndTitlesOfManyLanguagesGo() {
        PersonName berg = NameParser.parse("Pieter van der Berg");
        assertThat(berg.surname()).isEqualTo("van der Berg");
        assertThat(berg.given()).containsExactly("Pieter");
        assertThat(NameParser.parse("Ahmad bin Ali").surname()).isEqualTo("bin Ali");
        assertThat(NameParser.parse("Sheikh Ahmad Yassin").given()).containsExactly("Ahmad");
        assertThat(NameParser.parse("Señor Miguel Hernández").given()).containsExactly("Miguel");
        assertThat(NameParser.parse("John SMITH Jr.").surname())
                .as("a suffix is not the surname")
                .isEqualTo("SMITH");
        assertThat(NameParser.parse("Martin Luther King III").surname()).isEqualTo("King");
        assertThat(NameParser.parse("Ben Smith").given())
                .as("a given name that is a particle, first")
                .containsExactly("Ben");
        assertThat(NameTrace.compare("Ali al-Hassan", "Ali Hassan").match()).isTrue();
        assertThat(NameTrace.compare("Pieter van der Berg", "Pieter Berg").match())
                .isTrue();
    }

    @Test
    void twoNeighboursSwappedAreOneSlipOfThePen() {
        NameScorer.Scored swapped =
                NameScorer.score(NameParser.parse("Walter KRIVITSKY"), NameParser.parse("Walter KRIVITKSY"));
        assertThat(swapped.explanation()).contains("one slip of the pen");
        assertThat(swapped.match()).isTrue();
        NameScorer.Scored twoApart =
                NameScorer.score(NameParser.parse("Walter KRIVITSKY"), NameParser.parse("Walter KRIVTKISY"));
        assertThat(twoApart.explanation()).doesNotContain("one slip of the pen");
    }

    @Test
    void aNameInArabicScriptIsItsLatinFormWhenTheConsonantsAgree() {
        assertThat(NameTrace.compare("محمد حسن", "Muhammad Hasan").match())
                .as("the script writes no short vowels")
                .isTrue();
        assertThat(NameTrace.compare("يوسف حسن", "Yusuf Hasan").match())
                .as("the long vowel the script writes")
                .isTrue();
        assertThat(NameTrace.compare("محمد حسن", "Ahmad Hasan").match())
                .as("other consonants: another given name")
                .isFalse();
        assertThat(NameTrace.compare("Mahmud HASAN", "Muhammad HASAN").match())
                .as("two Latin forms are not compared by their consonants")
                .isFalse();
    }

    @Test
    void theSecondNameOfANasabIsComparedTwoFathersAreTwoMen() {
        assertThat(NameTrace.compare("Ahmad Ali HASSAN", "Ahmad Omar HASSAN").match())
                .isFalse();
        assertThat(NameTrace.compare("Ahmad Ali HASSAN", "Ahmad Ali HASSAN").match())
                .isTrue();
        assertThat(NameTrace.compare("Ahmad Ali HASSAN", "Ahmad HASSAN").match())
                .as("a second name missing on one side is no conflict")
                .isTrue();
        assertThat(NameTrace.compare("John F. KENNEDY", "John Fitzgerald KENNEDY")
                        .match())
                .as("an initial for a second name is left to the initials' rules")
                .isTrue();
    }

    @Test
    void familiarFormsOfAGivenNameAreTheName() {
        assertThat(NameTrace.compare("Sasha KORIAKOV", "Aleksandr KORIAKOV").match())
                .isTrue();
        assertThat(NameTrace.compare("Misha KORIAKOV", "Mikhail KORIAKOV").match())
                .isTrue();
        assertThat(NameTrace.compare("Bill HARRIS", "William HARRIS").match()).isTrue();
        assertThat(NameTrace.compare("Volodya PETROV", "Vladimir PETROV").match())
                .isTrue();
        assertThat(NameTrace.compare("Sasha KORIAKOV", "Mikhail KORIAKOV").match())
                .as("a familiar form of another name")
                .isFalse();
    }

    @Test
    void compareReadsTwoNamesEveryWayATraceReadsThem() {
        assertThat(NameTrace.compare("Koriakov Mikhail", "Mikhail Koriakov").match())
                .as("surname first on one side, last on the other")
                .isTrue();
        assertThat(NameTrace.compare("Koriakov Mikhail", "Mikhail Petrov").match())
                .isFalse();
    }

    @Test
    void namesWithoutRomanisedKeysAreComparedAsWritten() {
        PersonName written = new PersonName(java.util.List.of(), null, "ꀒꉙ", false, "ꀒꉙ");
        PersonName other = new PersonName(java.util.List.of(), null, "ꀒꌠ", false, "ꀒꌠ");
        NameScorer.Keyed a = new NameScorer.Keyed(written, Set.of(), Set.of(), Set.of(), null, Set.of());
        NameScorer.Keyed same = new NameScorer.Keyed(written, Set.of(), Set.of(), Set.of(), null, Set.of());
        NameScorer.Keyed different = new NameScorer.Keyed(other, Set.of(), Set.of(), Set.of(), null, Set.of());
        assertThat(NameScorer.score(a, same).match())
                .as("identical, not a conflict")
                .isTrue();
        assertThat(NameScorer.score(a, same).explanation()).contains("written the same");
        assertThat(NameScorer.score(a, different).match()).isFalse();
    }
}
