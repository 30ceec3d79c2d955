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
        assertThat(NameParser.parse("リー・シャオロン").surname()).isEqualTo("シャオロン");
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
