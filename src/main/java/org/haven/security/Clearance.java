package org.haven.security;

import java.util.HashSet;
import java.util.Set;
import org.apache.accumulo.access.AccessEvaluator;
import org.apache.accumulo.access.Authorizations;

/**
 * What a user may read: every level up to his own, and the compartments he holds. He reads a record only when his
 * clearance dominates its label: his level at least the label's, and every compartment of the label his. The
 * decision is Apache Accumulo's evaluator's, over the authorizations this clearance amounts to.
 *
 * @param level the highest classification he reads
 * @param compartments the compartments he holds
 */
public record Clearance(Classification level, Set<String> compartments) {

    public Clearance {
        compartments = Set.copyOf(compartments);
    }

    /** The authorizations: the names of every level up to his, and his compartments. */
    public Authorizations authorizations() {
        Set<String> all = new HashSet<>(compartments);
        for (Classification c : Classification.values()) {
            if (c.compareTo(level) <= 0) {
                all.add(c.name());
            }
        }
        return Authorizations.of(all);
    }

    /** The clearance written as a label is: {@code SECRET&RECEPTION}. */
    public String expression() {
        return new Label(level, compartments).expression();
    }

    /**
     * Reads a clearance written as a label.
     *
     * @throws IllegalArgumentException naming the fault
     */
    public static Clearance parse(String expression) {
        Label label = Label.parse(expression);
        return new Clearance(label.level(), label.compartments());
    }

    public boolean dominates(Label label) {
        return AccessEvaluator.of(authorizations()).canAccess(label.expression());
    }
}
