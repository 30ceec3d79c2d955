package org.haven.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.haven.registry.internal.NameIndex;
import org.haven.registry.internal.NameParser;
import org.haven.registry.internal.NameScorer;
import org.haven.security.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Traces a name against everything the registry holds: candidates from the name index, each scored against the
 * query, the best form of each person kept, best first.
 */
@Service
public class NameTrace {

    private static final String CASE = "case";

    /** Candidate forms drawn from the index before scoring. */
    static final int CANDIDATES = 100;

    private final Supplier<NameIndex> indexes;
    private final Predicate<Match> open;

    /** A trace over the given index, of people who belong to no case (a registry of names only). */
    public NameTrace(NameIndex index) {
        this.indexes = () -> index;
        this.open = m -> m.caseId() == null;
    }

    /** The index is opened on the first trace, so that commands which trace nothing leave it alone. */
    @Autowired
    NameTrace(ObjectProvider<NameIndex> index, Labels labels) {
        this.indexes = index::getObject;
        this.open = m -> m.caseId() == null
                || labels.of(CASE, m.caseId()).map(Labels.PUBLIC_RECORD::equals).orElse(false);
    }

    /**
     * The registry people the name may belong to, best first, of those open to everyone: people of no case, and
     * defectors of the study's records. A live defector is neither shown nor counted.
     *
     * @throws IllegalArgumentException for an empty or blank name, or one without a letter
     */
    public List<Match> trace(String name, int limit) {
        return trace(name, limit, open);
    }

    /**
     * Whether a match is open to everyone: it belongs to no case, or to a case of a past study whose label is open.
     */
    public boolean openToEveryone(Match match) {
        return open.test(match);
    }

    /**
     * The registry people the name may belong to, best first, of those the reader may see: the others are neither
     * shown nor counted.
     *
     * @throws IllegalArgumentException for an empty or blank name, or one without a letter
     */
    public List<Match> trace(String name, int limit, Predicate<Match> visible) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name to trace is required");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100, not " + limit);
        }
        List<PersonName> readings = readings(NameParser.parse(name));
        Map<String, Match> best = new LinkedHashMap<>();
        // Exact skeletons and phonetic codes first; names an edit or two away only when no match bears the
        // query's surname exactly, so that a typing slip is not settled by a namesake who merely sounds alike.
        collect(readings, false, best);
        if (best.values().stream().noneMatch(m -> m.match() && m.explanation().contains(": same skeleton"))) {
            collect(readings, true, best);
        }
        List<Match> result = new ArrayList<>(best.values());
        result.removeIf(visible.negate());
        result.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::name));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
    }

    /**
     * Whether some registered name has this word's surname skeleton exactly: one term lookup, no scoring. A word
     * that is not one cannot be a surname written as registered, so a document's capitalised words are asked this
     * first and traced only when it holds.
     */
    public boolean isRegisteredSurname(String word) {
        java.util.Set<String> skeletons = org.haven.registry.internal.NameKeys.skeletons(word);
        return !skeletons.isEmpty() && indexes.get().hasSurname(skeletons);
    }

    private void collect(List<PersonName> readings, boolean fuzzy, Map<String, Match> best) {
        for (PersonName reading : readings) {
            NameScorer.Keyed query = NameScorer.Keyed.of(reading);
            String how = reading.inverted() && !reading.original().contains(",") ? " (read surname first)" : "";
            NameIndex index = indexes.get();
            boolean unregistered = !index.hasSurname(query.surname());
            for (NameIndex.Candidate c : index.candidates(query, CANDIDATES, fuzzy)) {
                NameScorer.Scored scored = NameScorer.score(query, c.keyed(), unregistered);
                Match current = best.get(c.personId());
                if (current == null || scored.score() > current.score()) {
                    best.put(
                            c.personId(),
                            new Match(
                                    c.display(),
                                    round(scored.score()),
                                    scored.match(),
                                    "matched '" + c.form() + "'" + how + ": " + scored.explanation(),
                                    c.personId(),
                                    PersonKind.valueOf(c.kind()),
                                    c.caseId().isEmpty() ? null : c.caseId(),
                                    c.form()));
                }
            }
        }
    }

    /**
     * The ways a name may be read. Two words with nothing to tell which is the surname (no comma, no capitals,
     * no patronymic) are read both ways: Russian documents write the surname first ({@code Коряков Михаил}).
     */
    static List<PersonName> readings(PersonName name) {
        boolean undecided = !name.inverted()
                && name.given().size() == 1
                && name.patronymic() == null
                && !PersonName.isInitial(name.given().getFirst())
                && !NameParser.isCapitals(name.surname())
                && !NameParser.isCapitals(name.given().getFirst());
        if (!undecided) {
            return List.of(name);
        }
        return List.of(
                name, new PersonName(List.of(name.surname()), null, name.given().getFirst(), true, name.original()));
    }

    /** Compares two names on their own. */
    public static Comparison compare(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw new IllegalArgumentException("two names are required");
        }
        // Each name in every way it may be read, as a trace reads its query: the best reading of the pair counts.
        NameScorer.Scored best = null;
        for (PersonName x : readings(NameParser.parse(a))) {
            for (PersonName y : readings(NameParser.parse(b))) {
                NameScorer.Scored s = NameScorer.score(x, y);
                if (best == null || s.score() > best.score()) {
                    best = s;
                }
            }
        }
        return new Comparison(round(best.score()), best.match(), best.explanation());
    }

    /** The score from which a name is taken to be a person's. */
    public static double threshold() {
        return NameScorer.THRESHOLD;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
