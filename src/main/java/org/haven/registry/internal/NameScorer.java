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
    public static final double THRESHOLD = 0.6;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** The evidence a score weighs, one number each: 1 or 0 for a rule that holds or not, a similarity in [0, 1]. */
    public enum Feature {
        BIAS,
        SURNAME_SIMILARITY,
        SURNAME_ONE_EDIT_FROM_AN_UNREGISTERED_ONE,
        PHONETIC_CODE_SHARED,
        GIVEN_AGREES,
        GIVEN_AGREES_ACROSS_LANGUAGES,
        INITIAL_AGREES,
        INITIAL_CONFLICTS,
        GIVEN_CONFLICTS,
        PATRONYMIC_AGREES,
        PATRONYMIC_CONFLICTS,
        SECOND_INITIAL_AGREES,
        SECOND_INITIAL_CONFLICTS
    }

    /**
     * The weight of each feature, in {@link Feature} order, fitted by logistic regression on labelled synthetic
     * pairs ({@code java -jar haven.jar benchmark names --calibrate}, see {@code docs/name-trace.md}).
     */
    static final double[] WEIGHTS = {
        -87.501, 88.279, 6.060, 1.197, 0.505, 0.505, 0.000, -14.269, -16.374, 5.355, -16.014, 1.208, -12.539
    };

    private NameScorer() {}

    /** A copy of the weights in use. */
    public static double[] weights() {
        return WEIGHTS.clone();
    }

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
        return score(a, b, true);
    }

    /**
     * Scores a query against a candidate.
     *
     * @param unregistered whether the query's surname, as written, is no registered person's: then one slip of a
     *     typist or an OCR engine away from a registered surname is good evidence; when another person bears the
     *     surname as written, it is none
     */
    public static Scored score(Keyed a, Keyed b, boolean unregistered) {
        if (a.surname().isEmpty() || b.surname().isEmpty()) {
            // A script Haven cannot romanise leaves no keys to compare: then only the names as written are, and
            // written the same is the best evidence two names give (two people may still share it).
            String left = NameParser.clean(a.name().original()).toLowerCase(Locale.ROOT);
            boolean same = !left.isEmpty()
                    && left.equals(NameParser.clean(b.name().original()).toLowerCase(Locale.ROOT));
            return new Scored(
                    same ? 1.0 : 0.0,
                    same,
                    (same
                                    ? "written the same, in a script without romanised keys: score 1.00 ≥ "
                                    : "no romanised keys, and not written the same: score 0.00 < ")
                            + THRESHOLD
                            + (same ? ": match" : ": no match"));
        }
        List<String> why = new ArrayList<>();
        double[] f = features(a, b, unregistered, why);
        double z = 0;
        for (int i = 0; i < f.length; i++) {
            z += WEIGHTS[i] * f[i];
        }
        double score = 1 / (1 + Math.exp(-z));
        boolean match = score >= THRESHOLD;
        why.add("score " + two(score) + (match ? " ≥ " : " < ") + THRESHOLD + ": " + (match ? "match" : "no match"));
        return new Scored(score, match, String.join("; ", why));
    }

    /** The evidence two names give, in {@link Feature} order, with the reasons in words. */
    public static double[] features(Keyed a, Keyed b, boolean unregistered, List<String> why) {
        double[] f = new double[Feature.values().length];
        f[Feature.BIAS.ordinal()] = 1;
        boolean abjad = NameKeys.isAbjad(a.name().original())
                || NameKeys.isAbjad(b.name().original());
        Best surname = best(a.surname(), b.surname());
        if (abjad
                && surname.similarity() < 1.0
                && NameKeys.sameConsonants(a.name().surname(), b.name().surname())) {
            // One name in a script without short vowels: the same consonants in the same order are the same name
            // (محمد, mhmd, is Muhammad), for romanising cannot restore vowels the script never wrote.
            surname = new Best(1.0, surname.left(), surname.right());
            why.add("the same consonants, one name written without short vowels");
        }
        f[Feature.SURNAME_SIMILARITY.ordinal()] = surname.similarity();
        if (unregistered && surname.similarity() < 1.0 && oneEditApart(a.surname(), b.surname())) {
            // One slip of a typist or an OCR engine (KRIVTTSKY, AKKMEDOV) from a surname nobody else bears.
            f[Feature.SURNAME_ONE_EDIT_FROM_AN_UNREGISTERED_ONE.ordinal()] = 1;
            why.add("one slip of the pen from a registered surname");
        }
        why.add("surname " + a.name().surname() + " ~ " + b.name().surname() + ": "
                + (surname.similarity() == 1.0
                        ? "same skeleton '" + surname.left() + "'"
                        : "skeletons '" + surname.left() + "' and '" + surname.right() + "', Jaro-Winkler "
                                + two(surname.similarity())));
        List<String> shared =
                a.surnameCodes().stream().filter(b.surnameCodes()::contains).toList();
        if (!shared.isEmpty()) {
            f[Feature.PHONETIC_CODE_SHARED.ordinal()] = 1;
            why.add("Daitch-Mokotoff code " + shared.getFirst() + " shared");
        }
        Feature given = given(a, b, why);
        if (given != null) {
            f[given.ordinal()] = 1;
        }
        secondInitial(a, b, why, f);
        secondInitial(b, a, why, f);
        middleNames(a, b, why, f);
        if (!a.patronymic().isEmpty() && !b.patronymic().isEmpty()) {
            boolean same = a.patronymic().stream()
                    .anyMatch(x -> b.patronymic().stream().anyMatch(y -> GivenNames.sameName(x, y)));
            f[(same ? Feature.PATRONYMIC_AGREES : Feature.PATRONYMIC_CONFLICTS).ordinal()] = 1;
            why.add(
                    same
                            ? "patronymics agree"
                            : "patronymics differ (" + a.name().patronymic() + ", "
                                    + b.name().patronymic() + ")");
        }
        return f;
    }

    private static @Nullable Feature given(Keyed a, Keyed b, List<String> why) {
        String ga = a.givenWritten();
        String gb = b.givenWritten();
        if (ga == null || gb == null) {
            why.add("given name: "
                    + (ga == null && gb == null
                            ? "neither gives one"
                            : "only one side gives one (" + (ga == null ? gb : ga) + ")"));
            return null;
        }
        if (PersonName.isInitial(ga) || PersonName.isInitial(gb)) {
            boolean agrees = GivenNames.initial(ga) == GivenNames.initial(gb);
            why.add("initial " + (agrees ? "agrees" : "conflicts") + " (" + ga + ", " + gb + ")");
            return agrees ? Feature.INITIAL_AGREES : Feature.INITIAL_CONFLICTS;
        }
        // A man's name and a woman's one letter apart (Yevgeniy, Yevgeniya) are two people.
        boolean sexesDiffer = GivenNames.differentSexes(ga, gb);
        for (String x : a.given()) {
            for (String y : b.given()) {
                if (!sexesDiffer && (GivenNames.sameName(x, y) || abjad(a, b) && NameKeys.sameConsonants(ga, gb))) {
                    why.add("given names agree (" + ga + ", " + gb + ")");
                    return Feature.GIVEN_AGREES;
                }
            }
        }
        for (String x : a.given()) {
            for (String y : b.given()) {
                if (GivenNames.sameNameInAnotherLanguage(x, y)) {
                    why.add("given names agree as forms of one name in two languages (" + ga + ", " + gb + ")");
                    return Feature.GIVEN_AGREES_ACROSS_LANGUAGES;
                }
            }
        }
        why.add("given names conflict (" + ga + ", " + gb + "): two people");
        return Feature.GIVEN_CONFLICTS;
    }

    /**
     * The second given names, where both names write one in full and neither a patronymic: the father's name of an
     * Arabic nasab (Ahmad Ali HASSAN, Ahmad Omar HASSAN: two fathers, two men) or a middle name. They weigh as a
     * patronymic does: agreeing, for; differing, against.
     */
    private static void middleNames(Keyed a, Keyed b, List<String> why, double[] f) {
        List<String> ga = a.name().given();
        List<String> gb = b.name().given();
        if (ga.size() < 2
                || gb.size() < 2
                || a.name().patronymic() != null
                || b.name().patronymic() != null) {
            return;
        }
        String ma = ga.get(1);
        String mb = gb.get(1);
        if (PersonName.isInitial(ma) || PersonName.isInitial(mb)) {
            return;
        }
        boolean same = NameKeys.skeletons(ma).stream()
                        .anyMatch(x -> NameKeys.skeletons(mb).stream()
                                .anyMatch(y -> GivenNames.sameName(x, y) || GivenNames.sameNameInAnotherLanguage(x, y)))
                || abjad(a, b) && NameKeys.sameConsonants(ma, mb);
        f[(same ? Feature.PATRONYMIC_AGREES : Feature.PATRONYMIC_CONFLICTS).ordinal()] = 1;
        why.add(
                same
                        ? "second given names agree (" + ma + ", " + mb + ")"
                        : "second given names differ (" + ma + ", " + mb + "): two fathers, or two men");
    }

    /** "V. K. VASILYEV": a second initial stands for the patronymic, where the other name gives one. */
    private static void secondInitial(Keyed initials, Keyed full, List<String> why, double[] f) {
        List<String> given = initials.name().given();
        String patronymic = full.name().patronymic();
        if (given.size() < 2 || !PersonName.isInitial(given.get(1)) || patronymic == null) {
            return;
        }
        boolean agrees = GivenNames.initial(given.get(1)) == GivenNames.initial(patronymic);
        why.add("second initial " + (agrees ? "agrees with" : "conflicts with") + " the patronymic " + patronymic);
        f[(agrees ? Feature.SECOND_INITIAL_AGREES : Feature.SECOND_INITIAL_CONFLICTS).ordinal()] = 1;
    }

    /**
     * For each skeleton asked about, the strings one edit from it — a letter added, dropped or changed, or two
     * neighbours swapped (KRAVCHNEKO), which a typist makes as one slip — as Lucene's Levenshtein automaton with
     * transpositions. Kept while few; a query's skeletons are asked against many candidates.
     */
    private static final java.util.Map<String, org.apache.lucene.util.automaton.CharacterRunAutomaton> ONE_SLIP =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static org.apache.lucene.util.automaton.CharacterRunAutomaton oneSlipFrom(String skeleton) {
        if (ONE_SLIP.size() > 10_000) {
            ONE_SLIP.clear();
        }
        return ONE_SLIP.computeIfAbsent(
                skeleton,
                s -> new org.apache.lucene.util.automaton.CharacterRunAutomaton(
                        new org.apache.lucene.util.automaton.LevenshteinAutomata(s, true).toAutomaton(1)));
    }

    private static boolean oneEditApart(Set<String> left, Set<String> right) {
        for (String l : left) {
            if (l.length() < 5) {
                continue;
            }
            var slip = oneSlipFrom(l);
            for (String r : right) {
                if (slip.run(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Best(double similarity, String left, String right) {}

    /** Whether either name is written in a script that writes no short vowels (Arabic, Hebrew, Syriac). */
    private static boolean abjad(Keyed a, Keyed b) {
        return NameKeys.isAbjad(a.name().original())
                || NameKeys.isAbjad(b.name().original());
    }

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
