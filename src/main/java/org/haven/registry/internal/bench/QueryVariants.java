package org.haven.registry.internal.bench;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Writes a person's name as it might reach an analyst: in another transliteration convention, in Cyrillic,
 * damaged by OCR or a typist, inverted, reduced to initials, without the patronymic, or under an alias.
 *
 * <p>The conventions are written here from the usual tables, separately from the matcher's own folding, so the
 * benchmark does not grade the matcher against itself (the Cyrillic class is the exception: the matcher reads
 * Cyrillic with the same ICU transliterators the registry was written with).
 */
public final class QueryVariants {

    /** The classes of variant measured. */
    public enum Kind {
        ENGLISH,
        FRENCH,
        GERMAN,
        BGN,
        ISO9,
        CYRILLIC,
        OCR,
        INVERTED,
        INITIALS,
        NO_PATRONYMIC,
        TYPO,
        SURNAME_ONLY,
        ALIAS;

        /** Whether the class needs the person's Cyrillic name. */
        boolean russianOnly() {
            return this != OCR && this != INVERTED && this != INITIALS && this != TYPO && this != SURNAME_ONLY;
        }
    }

    private static final Transliterator ENGLISH =
            Transliterator.createFromRules("bench-en", """
            :: [:Cyrillic:] Lower ;
            ий } [:^L:] > y ; ый } [:^L:] > y ; ье > ye ; щ > shch ; ч > ch ; ш > sh ; ж > zh ; х > kh ; ц > ts ;
            ю > yu ; я > ya ; ё > yo ; е > e ; э > e ; й > y ; ы > y ; у > u ; ъ > ; ь > ; а > a ; б > b ; в > v ;
            г > g ; д > d ; з > z ; и > i ; к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ;
            т > t ; ф > f ;
            """, Transliterator.FORWARD);
    private static final Transliterator FRENCH =
            Transliterator.createFromRules("bench-fr", """
            :: [:Cyrillic:] Lower ;
            ов } [:^L:] > off ; ев } [:^L:] > eff ; ий } [:^L:] > i ; щ > chtch ; ч > tch ; ш > ch ; ж > j ;
            х > kh ; ц > ts ; ю > iou ; я > ia ; ё > io ; е > e ; э > e ; й > i ; ы > y ; у > ou ; ъ > ; ь > ;
            а > a ; б > b ; в > v ; г > g ; д > d ; з > z ; и > i ; к > k ; л > l ; м > m ; н > n ; о > o ;
            п > p ; р > r ; с > s ; т > t ; ф > f ;
            """, Transliterator.FORWARD);
    private static final Transliterator GERMAN =
            Transliterator.createFromRules("bench-de", """
            :: [:Cyrillic:] Lower ;
            ов } [:^L:] > ow ; ев } [:^L:] > ew ; ий } [:^L:] > i ; щ > schtsch ; ч > tsch ; ш > sch ; ж > sh ;
            х > ch ; ц > z ; ю > ju ; я > ja ; ё > jo ; е > e ; э > e ; й > j ; ы > y ; у > u ; ъ > ; ь > ;
            а > a ; б > b ; в > w ; г > g ; д > d ; з > s ; и > i ; к > k ; л > l ; м > m ; н > n ; о > o ;
            п > p ; р > r ; с > s ; т > t ; ф > f ;
            """, Transliterator.FORWARD);
    private static final Transliterator ISO9 = Transliterator.getInstance("Cyrillic-Latin");

    private static final String[][] OCR = {
        {"ch", "cii"},
        {"sh", "sii"},
        {"s", "5"},
        {"i", "1"},
        {"o", "0"},
        {"l", "1"},
        {"m", "rn"},
        {"h", "k"},
        {"e", "c"},
        {"rn", "m"},
        {"u", "ii"}
    };

    private QueryVariants() {}

    /** The variant of the given kind, or {@code null} when the person has none of that kind. */
    public static @Nullable String variant(SyntheticRegistry.Person p, Kind kind, Random random) {
        if (kind.russianOnly() && !p.russian()) {
            return null;
        }
        return switch (kind) {
            case ENGLISH -> title(convert(ENGLISH, p.given() + " " + p.patronymic() + " " + p.surname()));
            case FRENCH ->
                title(convert(FRENCH, p.given() + " " + p.patronymic())) + " "
                        + convert(FRENCH, p.surname()).toUpperCase(Locale.ROOT);
            case GERMAN -> title(convert(GERMAN, p.given() + " " + p.patronymic() + " " + p.surname()));
            case BGN -> SyntheticRegistry.latin(p.given() + " " + p.patronymic() + " " + p.surname());
            case ISO9 -> ISO9.transliterate(p.given() + " " + p.patronymic() + " " + p.surname());
            case CYRILLIC ->
                random.nextBoolean()
                        ? p.given() + " " + p.surname()
                        : p.surname() + " " + p.given() + " " + p.patronymic();
            case OCR -> ocr(p.recorded(), random);
            case INVERTED -> {
                String[] parts = p.recorded().split(" ");
                String surname = parts[parts.length - 1].toUpperCase(Locale.ROOT);
                yield surname + ", " + String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1));
            }
            case INITIALS -> {
                String[] parts = p.recorded().split(" ");
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < parts.length - 1; i++) {
                    s.append(parts[i].charAt(0)).append(". ");
                }
                yield s.append(parts[parts.length - 1]).toString();
            }
            case NO_PATRONYMIC -> SyntheticRegistry.latin(p.given()) + " " + SyntheticRegistry.latin(p.surname());
            case TYPO -> typo(p.recorded(), random);
            case SURNAME_ONLY -> {
                String[] parts = p.recorded().split(" ");
                yield parts[parts.length - 1].toUpperCase(Locale.ROOT);
            }
            case ALIAS -> p.alias();
        };
    }

    private static String convert(Transliterator t, String cyrillic) {
        return t.transliterate(cyrillic + " ").strip();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** One or two confusions of a typist or an OCR engine, in the surname. */
    static String ocr(String name, Random random) {
        int space = name.lastIndexOf(' ');
        String head = name.substring(0, space + 1);
        String surname = name.substring(space + 1);
        int changes = 1 + random.nextInt(2);
        for (int c = 0; c < changes; c++) {
            int start = random.nextInt(OCR.length);
            for (int k = 0; k < OCR.length; k++) {
                String[] pair = OCR[(start + k) % OCR.length];
                int at = surname.toLowerCase(Locale.ROOT).indexOf(pair[0], 1);
                if (at > 0) {
                    String replacement =
                            Character.isUpperCase(surname.charAt(at)) ? pair[1].toUpperCase(Locale.ROOT) : pair[1];
                    surname = surname.substring(0, at) + replacement + surname.substring(at + pair[0].length());
                    break;
                }
            }
        }
        return head + surname.toUpperCase(Locale.ROOT);
    }

    /** One random insertion, deletion, substitution or transposition in the surname, past its first letter. */
    static String typo(String name, Random random) {
        int space = name.lastIndexOf(' ');
        String head = name.substring(0, space + 1);
        StringBuilder s = new StringBuilder(name.substring(space + 1));
        if (s.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(s.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, letter);
            case 1 -> s.deleteCharAt(at);
            case 2 -> s.setCharAt(at, letter);
            default -> {
                if (at < s.length() - 1) {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                } else {
                    s.deleteCharAt(at);
                }
            }
        }
        return head + s;
    }
}
