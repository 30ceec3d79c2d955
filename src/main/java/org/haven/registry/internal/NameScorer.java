package org.haven.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.haven.registry.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * Scores how likely two written names are one person's, in [0, 1], and says why.
 *
 * <p>The evidence: how close the surnames' skeletons are (Jaro–Winkler, the best over all renderings); whether
 * they share a Daitch–Mokotoff code; whether the given names agree, agree only as initials, are missing on one
 * side, or conflict; likewise the patronymics. The evidence is combined by a logistic function whose weights are
 * fitted on labelled synthetic pairs by {@code benchmark names --calibrate}; a score near 0.9 then means about
 * nine such pairs in ten are the same person. A conflict of given names outweighs identical surnames: Victor and
 * Alexander KRAVCHENKO are two people.
 */
public final class NameScorer {

    /** The score from which two names are taken to be one person's. */
    public static final double THRESHOLD = 0.75;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Fitted weights of the logistic function; see the class comment. */
    static final double BIAS = -11.0;

    static final double SURNAME = 13.0;
    static final double PHONETIC = 1.2;
    static final double GIVEN_AGREES = 2.0;
    static final double GIVEN_EQUIVALENT = 1.0;
    static final double INITIAL_AGREES = 1.0;
    static final double GIVEN_CONFLICTS = -6.0;
    static final double INITIAL_CONFLICTS = -4.0;
    static final double PATRONYMIC_AGREES = 0.5;
    static final double PATRONYMIC_CONFLICTS = -5.0;

    private NameScorer() {}

    /**
     * A score with the reasons for it.
     *
     * @param score the probability, in [0, 1], that the names are one person's
     * @param match whether the score reaches {@link #THRESHOLD}
     * @param explanation which parts aligned, by which rule
     */
    public record Scored(double score, boolean match, String explanation) {}

    /** The parts of a name with their keys worked out once. */
    public record Keyed(
            PersonName name,
            Set<String> surname,
            Set<String> surnameCodes,
            Set<String> given,
            @Nullable String givenWritten,
            Set<String> patronymic) {

        public static Keyed of(PersonName name) {
            String first = name.firstGiven();
            return new Keyed(
                    name,
                    NameKeys.skeletons(name.surname()),
                    NameKeys.phonetic(name.surname()),
                    first == null ? Set.of() : NameKeys.skeletons(first),
                    first,
                    name.patronymic() == null ? Set.of() : NameKeys.skeletons(name.patronymic()));
        }
    }

    public static Scored score(PersonName a, PersonName b) {
        return score(Keyed.of(a), Keyed.of(b));
    }

    public static Scored score(Keyed a, Keyed b) {
        List<String> why = new ArrayList<>();
        Best surname = best(a.surname(), b.surname());
        double z = BIAS + SURNAME * surname.similarity();
        why.add("surname " + a.name().surname() + " ~ " + b.name().surname() + ": "
                + (surname.similarity() == 1.0
                        ? "same skeleton '" + surname.left() + "'"
                        : "skeletons '" + surname.left() + "' and '" + surname.right() + "', Jaro-Winkler "
                                + two(surname.similarity())));
        List<String> shared =
                a.surnameCodes().stream().filter(b.surnameCodes()::contains).toList();
        if (!shared.isEmpty()) {
            z += PHONETIC;
            why.add("Daitch-Mokotoff code " + shared.getFirst() + " shared");
        }
        z += given(a, b, why);
        if (!a.patronymic().isEmpty() && !b.patronymic().isEmpty()) {
            boolean same = a.patronymic().stream()
                    .anyMatch(x -> b.patronymic().stream().anyMatch(y -> GivenNames.sameName(x, y)));
            if (same) {
                z += PATRONYMIC_AGREES;
                why.add("patronymics agree");
            } else {
                z += PATRONYMIC_CONFLICTS;
                why.add("patronymics differ (" + a.name().patronymic() + ", "
                        + b.name().patronymic() + ")");
            }
        }
        double score = 1 / (1 + Math.exp(-z));
        boolean match = score >= THRESHOLD;
        why.add("score " + two(score) + (match ? " ≥ " : " < ") + THRESHOLD + ": " + (match ? "match" : "no match"));
        return new Scored(score, match, String.join("; ", why));
    }

    private static double given(Keyed a, Keyed b, List<String> why) {
        String ga = a.givenWritten();
        String gb = b.givenWritten();
        if (ga == null || gb == null) {
            why.add("given name: "
                    + (ga == null && gb == null
                            ? "neither gives one"
                            : "only one side gives one (" + (ga == null ? gb : ga) + ")"));
            return 0;
        }
        if (PersonName.isInitial(ga) || PersonName.isInitial(gb)) {
            boolean agrees = GivenNames.initial(ga) == GivenNames.initial(gb);
            why.add("initial " + (agrees ? "agrees" : "conflicts") + " (" + ga + ", " + gb + ")");
            return (agrees ? INITIAL_AGREES : INITIAL_CONFLICTS) + secondInitial(a, b, why) + secondInitial(b, a, why);
        }
        for (String x : a.given()) {
            for (String y : b.given()) {
                if (GivenNames.sameName(x, y)) {
                    why.add("given names agree (" + ga + ", " + gb + ")");
                    return GIVEN_AGREES;
                }
            }
        }
        for (String x : a.given()) {
            for (String y : b.given()) {
                if (GivenNames.sameNameInAnotherLanguage(x, y)) {
                    why.add("given names agree as forms of one name in two languages (" + ga + ", " + gb + ")");
                    return GIVEN_EQUIVALENT;
                }
            }
        }
        why.add("given names conflict (" + ga + ", " + gb + "): two people");
        return GIVEN_CONFLICTS;
    }

    /** "V. K. VASILYEV": a second initial stands for the patronymic, where the other name gives one. */
    private static double secondInitial(Keyed initials, Keyed full, List<String> why) {
        List<String> given = initials.name().given();
        String patronymic = full.name().patronymic();
        if (given.size() < 2 || !PersonName.isInitial(given.get(1)) || patronymic == null) {
            return 0;
        }
        boolean agrees = GivenNames.initial(given.get(1)) == GivenNames.initial(patronymic);
        why.add("second initial " + (agrees ? "agrees with" : "conflicts with") + " the patronymic " + patronymic);
        return agrees ? PATRONYMIC_AGREES : PATRONYMIC_CONFLICTS;
    }

    private record Best(double similarity, String left, String right) {}

    private static Best best(Set<String> left, Set<String> right) {
        Best best = new Best(
                0,
                left.isEmpty() ? "" : left.iterator().next(),
                right.isEmpty() ? "" : right.iterator().next());
        for (String l : left) {
            for (String r : right) {
                double s = l.equals(r) ? 1.0 : JARO_WINKLER.apply(l, r);
                if (s > best.similarity()) {
                    best = new Best(s, l, r);
                }
            }
        }
        return best;
    }

    private static String two(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
