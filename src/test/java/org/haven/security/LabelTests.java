package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Labels, clearances and dominance, as Apache Accumulo's evaluator decides it. */
class LabelTests {

    private static final List<String> COMPARTMENTS =
            List.of("RESETTLEMENT", "PROTECTION", "CASE_ORLOV", "CASE_VOLKOV", "FAMILY", "SOURCES", "CASE_S");

    /**
     * Over a million random pairs of a user's clearance and a record's label, the evaluator's decision is exactly
     * dominance: his level at least the label's, and every compartment of the label his.
     */
    @Test
    void theEvaluatorDecidesExactlyDominanceOverAMillionRandomPairs() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Classification[] levels = Classification.values();
        int violations = 0;
        int granted = 0;
        int pairs = 1_000_000;
        for (int i = 0; i < pairs; i++) {
            Clearance user = new Clearance(levels[random.nextInt(levels.length)], subset(random));
            Label label = new Label(levels[random.nextInt(levels.length)], subset(random));
            boolean dominates = user.level().compareTo(label.level()) >= 0
                    && user.compartments().containsAll(label.compartments());
            boolean decided = user.dominates(label);
            if (decided != dominates) {
                violations++;
            }
            if (decided) {
                granted++;
            }
        }
        assertThat(violations).as("dominance violations (seed %d)", seed).isZero();
        // Both answers occur often enough for the comparison to mean something.
        assertThat(granted).isBetween(pairs / 100, pairs - pairs / 100);
    }

    private static Set<String> subset(Random random) {
        Set<String> chosen = new TreeSet<>();
        for (String c : COMPARTMENTS) {
            if (random.nextInt(4) == 0) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    @Test
    void readsALevelAndCompartmentsInAnyOrder() {
        Label label = Label.parse("RESETTLEMENT&SECRET&CASE_ORLOV");
        assertThat(label.level()).isEqualTo(Classification.SECRET);
        assertThat(label.compartments()).containsExactlyInAnyOrder("RESETTLEMENT", "CASE_ORLOV");
        assertThat(label.expression()).isEqualTo("SECRET&CASE_ORLOV&RESETTLEMENT");
        assertThat(Label.parse(label.expression())).isEqualTo(label);
    }

    @Test
    void refusesALabelThatDoesNotParseNamingTheFault() {
        assertThatThrownBy(() -> Label.parse("")).hasMessageContaining("cannot be empty");
        assertThatThrownBy(() -> Label.parse("  ")).hasMessageContaining("cannot be empty");
        assertThatThrownBy(() -> Label.parse("SECRET&&RESETTLEMENT")).hasMessageContaining("does not parse");
        assertThatThrownBy(() -> Label.parse("SECRET|TOP_SECRET")).hasMessageContaining("alternative");
        assertThatThrownBy(() -> Label.parse("SECRET&(A&B)")).hasMessageContaining("parentheses");
        assertThatThrownBy(() -> Label.parse("RESETTLEMENT&FAMILY")).hasMessageContaining("no classification level");
        assertThatThrownBy(() -> Label.parse("SECRET&CONFIDENTIAL")).hasMessageContaining("two levels");
        assertThatThrownBy(() -> Label.parse("SECRET&family")).hasMessageContaining("not a compartment");
    }

    @Test
    void aHigherLevelWithoutTheCompartmentReadsNothingOfIt() {
        Label resettlement = Label.parse("SECRET&RESETTLEMENT");
        assertThat(new Clearance(Classification.TOP_SECRET, Set.of()).dominates(resettlement))
                .isFalse();
        assertThat(new Clearance(Classification.CONFIDENTIAL, Set.of("RESETTLEMENT")).dominates(resettlement))
                .isFalse();
        assertThat(new Clearance(Classification.SECRET, Set.of("RESETTLEMENT")).dominates(resettlement))
                .isTrue();
    }
}
