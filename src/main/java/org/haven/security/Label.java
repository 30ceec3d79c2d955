package org.haven.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.accumulo.access.AccessExpression;
import org.apache.accumulo.access.IllegalAccessExpressionException;

/**
 * The label of a record: a classification level and a set of compartments, written as an access expression that
 * Apache Accumulo's evaluator reads: {@code SECRET&CASE_ORLOV&RESETTLEMENT}. There is no empty label: a record
 * without one is refused, never open to everyone.
 *
 * @param level the classification
 * @param compartments the compartments a reader must hold, every one of them
 */
public record Label(Classification level, Set<String> compartments) {

    public Label {
        compartments = Set.copyOf(new TreeSet<>(compartments));
        for (String c : compartments) {
            checkCompartment(c);
        }
    }

    /** The label's expression: the level, then the compartments in order, joined by {@code &}. */
    public String expression() {
        List<String> parts = new ArrayList<>();
        parts.add(level.name());
        parts.addAll(new TreeSet<>(compartments));
        return String.join("&", parts);
    }

    /**
     * Reads a label: an access expression that is a conjunction of exactly one classification level and any number of
     * compartments.
     *
     * @throws IllegalArgumentException naming the fault
     */
    public static Label parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a label cannot be empty: an unlabelled record is open to no one");
        }
        try {
            AccessExpression.validate(expression);
        } catch (IllegalAccessExpressionException e) {
            throw new IllegalArgumentException("the label '" + expression + "' does not parse: " + e.getMessage());
        }
        if (expression.contains("|")) {
            throw new IllegalArgumentException("the label '" + expression + "' has an alternative ('|'): a label is a"
                    + " level and compartments, all of which a reader must hold");
        }
        if (expression.contains("(") || expression.contains("\"")) {
            throw new IllegalArgumentException(
                    "the label '" + expression + "' has parentheses or quotes: a label is" + " LEVEL&COMPARTMENT&…");
        }
        Classification level = null;
        Set<String> compartments = new TreeSet<>();
        for (String part : expression.split("&")) {
            String token = part.strip();
            Classification asLevel = level(token);
            if (asLevel != null) {
                if (level != null) {
                    throw new IllegalArgumentException(
                            "the label '" + expression + "' has two levels: " + level + " and " + asLevel);
                }
                level = asLevel;
            } else {
                checkCompartment(token);
                compartments.add(token);
            }
        }
        if (level == null) {
            throw new IllegalArgumentException("the label '" + expression + "' has no classification level (one of "
                    + java.util.Arrays.toString(Classification.values()) + ")");
        }
        return new Label(level, compartments);
    }

    private static Classification level(String token) {
        for (Classification c : Classification.values()) {
            if (c.name().equals(token)) {
                return c;
            }
        }
        return null;
    }

    private static void checkCompartment(String c) {
        if (!c.matches("[A-Z][A-Z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    "'" + c + "' is not a compartment: capitals, digits and '_', starting" + " with a capital");
        }
        if (level(c) != null) {
            throw new IllegalArgumentException("'" + c + "' is a level, not a compartment");
        }
    }

    /** The compartment of one case: {@code CASE_} and its id in capitals. */
    public static String caseCompartment(String caseId) {
        return "CASE_" + caseId.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
