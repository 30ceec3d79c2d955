package org.haven.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.registry.internal.NameKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds the people mentioned in a plain-text document and resolves each to a registry person, or proposes him
 * as new.
 *
 * <p>A mention is headed by a surname: a word in capitals (the habit of the study and of most service
 * reporting), a capitalised word that is a registered surname exactly, or a quoted letter (‘S’). It takes in the
 * given names or initials written before it when they agree with the person found. A surname shared by two
 * registered people (KRAVCHENKO) resolves to the one last named in full within the same passage; with no such
 * context it stays unresolved, never merged.
 */
@Service
public class DocumentIngest {

    /** How far back, in characters, an earlier full mention settles an ambiguous surname. */
    static final int CONTEXT = 1500;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:[-’'][\\p{L}]+)*|[‘'][A-Z][’']");
    private static final Set<String> NOT_NAMES = Set.of(
            "USSR", "UK", "USA", "MI5", "MI6", "NKVD", "OGPU", "GPU", "KGB", "MVD", "MGB", "GRU", "NATO", "UN", "RAF",
            "SIS", "FBI", "CIA");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Set<String> NOT_GIVEN = Set.of(
            "the",
            "a",
            "an",
            "and",
            "but",
            "both",
            "of",
            "in",
            "on",
            "at",
            "to",
            "by",
            "for",
            "with",
            "from",
            "as",
            "that",
            "this",
            "these",
            "those",
            "when",
            "after",
            "before",
            "since",
            "although",
            "while",
            "where",
            "his",
            "her",
            "their",
            "our",
            "it",
            "he",
            "she",
            "they",
            "we",
            "then",
            "also",
            "only",
            "even",
            "mr",
            "mrs",
            "dr",
            "general",
            "colonel");

    private final NameTrace trace;

    DocumentIngest(NameTrace trace) {
        this.trace = trace;
    }

    private record Word(int start, int end, String text) {}

    /** The mentions in a document, in the order they occur, resolved among the people open to everyone. */
    public List<Mention> ingest(String text) {
        return ingest(text, trace::openToEveryone);
    }

    /**
     * The mentions in a document, in the order they occur, resolved among the people the reader may see: a person
     * hidden from him is neither named nor taken into account.
     */
    public List<Mention> ingest(String text, Predicate<Match> visible) {
        List<Mention> mentions = new ArrayList<>();
        ingest(text, visible, mentions::add, done -> {});
        return mentions;
    }

    /**
     * The mentions in a document, each handed to {@code out} as soon as it is resolved, in one pass: time grows with
     * the document's length, and what is held besides the text is the last few words and the mentions of the last
     * {@value #CONTEXT} characters, so a long document streams its mentions as it is read.
     *
     * @param progress told, now and then, how many characters have been read
     */
    public void ingest(
            CharSequence text,
            Predicate<Match> visible,
            Consumer<Mention> out,
            java.util.function.LongConsumer progress) {
        Matcher m = WORD.matcher(text);
        Deque<Word> recent = new ArrayDeque<>(); // the words before this one, nearest last
        Deque<Mention> passage = new ArrayDeque<>(); // the mentions that may still settle a shared surname
        Lines lines = new Lines(text);
        long reported = 0;
        while (m.find()) {
            Word w = new Word(m.start(), m.end(), m.group());
            if (w.start() - reported >= 1 << 20) {
                progress.accept(w.start());
                reported = w.start();
            }
            Head head = head(lines, w);
            if (head != Head.NONE) {
                while (!passage.isEmpty() && w.start() - passage.peekFirst().end() > CONTEXT) {
                    passage.removeFirst();
                }
                Mention mention = null;
                try {
                    mention = resolve(text, recent, w, head, passage, visible);
                } catch (IllegalArgumentException notAName) {
                    // a word the trace cannot take as a name: not a mention
                }
                if (mention != null) {
                    passage.addLast(mention);
                    out.accept(mention);
                }
            }
            recent.addLast(w);
            if (recent.size() > GIVEN_BEFORE) {
                recent.removeFirst();
            }
        }
        progress.accept(text.length());
    }

    /** How many words before a surname may be its given names or initials. */
    private static final int GIVEN_BEFORE = 3;

    private enum Head {
        NONE,
        CAPITALS,
        CAPITALISED,
        QUOTED_LETTER
    }

    private static Head head(Lines lines, Word w) {
        String word = stripPossessive(w.text());
        if (word.length() == 3 && (word.charAt(0) == '‘' || word.charAt(0) == '\'')) {
            return Head.QUOTED_LETTER;
        }
        long letters = word.codePoints().filter(Character::isLetter).count();
        if (letters < 2) {
            return Head.NONE;
        }
        boolean capitals = word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (capitals) {
            if (NOT_NAMES.contains(word) || ROMAN.matcher(word).matches() || lines.heading(w.start())) {
                return Head.NONE;
            }
            return Head.CAPITALS;
        }
        return Character.isUpperCase(word.codePointAt(0)) ? Head.CAPITALISED : Head.NONE;
    }

    /**
     * A line whose letters are all capitals is a heading, not a sentence naming people. Each line is looked at once,
     * when its first word in capitals is: the documents come on one line as well as on many.
     */
    private static final class Lines {

        private final CharSequence text;
        private int start = -1;
        private int end = -1;
        private boolean heading;

        Lines(CharSequence text) {
            this.text = text;
        }

        boolean heading(int at) {
            if (at < start || at >= end) {
                int from = at;
                while (from > 0 && text.charAt(from - 1) != '\n') {
                    from--;
                }
                int to = at;
                while (to < text.length() && text.charAt(to) != '\n') {
                    to++;
                }
                start = from;
                end = to;
                heading = allCapitals(from, to);
            }
            return heading;
        }

        private boolean allCapitals(int from, int to) {
            int words = 0;
            boolean inWord = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    inWord = false;
                    continue;
                }
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                    return false;
                }
            }
            return words >= 2;
        }
    }

    private @Nullable Mention resolve(
            CharSequence text,
            Deque<Word> recent,
            Word surnameWord,
            Head head,
            Deque<Mention> earlier,
            Predicate<Match> visible) {
        String surname = stripPossessive(surnameWord.text());
        int surnameEnd = surnameWord.start() + surname.length();
        if (head == Head.CAPITALISED && !trace.isRegisteredSurname(surname)) {
            return null; // a capitalised word is a mention only as a registered surname written the same
        }
        List<Match> bySurname = trace.trace(surname, 10, visible).stream()
                .filter(x -> head != Head.CAPITALISED || exactSurname(x, surname))
                .filter(Match::match)
                .toList();
        if (bySurname.isEmpty()) {
            if (head != Head.CAPITALS) {
                return null;
            }
            return new Mention(
                    surnameWord.start(),
                    surnameEnd,
                    surname,
                    null,
                    null,
                    null,
                    0,
                    true,
                    "no registered person has a name like '" + surname + "': proposed as new");
        }
        // Given names and initials before the surname, nearest first, kept while they agree with a candidate.
        int start = surnameWord.start();
        Match chosen = null;
        Word after = surnameWord;
        for (var before = recent.descendingIterator(); before.hasNext(); ) {
            Word w = before.next();
            if (!adjacent(text, w, after) || !givenLike(text, w)) {
                break;
            }
            after = w;
            String span = text.subSequence(w.start(), surnameEnd).toString();
            List<Match> withGiven = trace.trace(span, 10, visible);
            Match best = withGiven.isEmpty() ? null : withGiven.getFirst();
            if (best != null
                    && best.match()
                    && agreesOnGiven(best)
                    && bySurname.stream().anyMatch(x -> x.personId().equals(best.personId()))) {
                start = w.start();
                chosen = best;
            }
        }
        String written = text.subSequence(start, surnameEnd).toString();
        if (chosen != null) {
            return mention(start, surnameEnd, written, chosen, chosen.explanation());
        }
        Match top = bySurname.getFirst();
        List<Match> tied =
                bySurname.stream().filter(x -> x.score() >= top.score() - 0.02).toList();
        if (tied.size() == 1) {
            return mention(start, surnameEnd, written, top, top.explanation());
        }
        for (var back = earlier.descendingIterator(); back.hasNext(); ) {
            Mention previous = back.next();
            if (start - previous.end() > CONTEXT) {
                break;
            }
            if (previous.personId() != null
                    && tied.stream().anyMatch(x -> x.personId().equals(previous.personId()))) {
                Match settled = tied.stream()
                        .filter(x -> x.personId().equals(previous.personId()))
                        .findFirst()
                        .orElseThrow();
                return mention(
                        start,
                        surnameEnd,
                        written,
                        settled,
                        "'" + written + "' is shared by "
                                + names(tied) + "; the nearest earlier mention, '" + previous.text() + "' at "
                                + previous.start()
                                + ", names " + settled.name() + ". " + settled.explanation());
            }
        }
        return new Mention(
                start,
                surnameEnd,
                written,
                null,
                null,
                null,
                top.score(),
                false,
                "'" + written + "' could be any of " + names(tied) + ": no earlier mention in the passage settles it");
    }

    private static Mention mention(int start, int end, String written, Match m, String explanation) {
        return new Mention(start, end, written, m.name(), m.personId(), m.kind(), m.score(), false, explanation);
    }

    private static String names(List<Match> matches) {
        return String.join(" and ", matches.stream().map(Match::name).toList());
    }

    private static boolean agreesOnGiven(Match m) {
        return m.explanation().contains("given names agree") || m.explanation().contains("initial agrees");
    }

    /** A capitalised word matches only a registered surname written the same, so "Stalinist" is not Stalin. */
    private static boolean exactSurname(Match m, String surname) {
        return NameKeys.skeletons(surname).stream()
                .anyMatch(s -> m.explanation().contains("same skeleton '" + s + "'"));
    }

    private static boolean adjacent(CharSequence text, Word before, Word after) {
        if (after.start() - before.end() > 64) {
            return false; // more than a full stop and a run of spaces apart
        }
        String between = text.subSequence(before.end(), after.start()).toString();
        return between.matches("[ \\t]*\\.?[ \\t]*") || between.matches("\\.[ \\t]+");
    }

    private static boolean givenLike(CharSequence text, Word w) {
        String word = w.text();
        // "A. Kravchenko": a capital with a full stop after it is an initial, not the article
        boolean initial = word.codePointCount(0, word.length()) == 1
                && Character.isUpperCase(word.codePointAt(0))
                && w.end() < text.length()
                && text.charAt(w.end()) == '.';
        if (!initial && NOT_GIVEN.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int first = word.codePointAt(0);
        return Character.isUpperCase(first)
                && (word.length() == 1 || word.codePoints().skip(1).allMatch(Character::isLowerCase));
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && (word.endsWith("’") || word.endsWith("'")) && word.charAt(0) != '‘') {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
