package org.haven.registry.internal;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;

/**
 * The keys a name part is indexed and compared by.
 *
 * <ul>
 *   <li><b>Renderings</b>: Latin forms of a word. A Cyrillic word is transliterated by ICU4J under several
 *       conventions (BGN/PCGN, ISO 9 folded to ASCII, and rule sets for the French and German habits), because
 *       the West received Russian names through all of them.
 *   <li><b>Skeleton</b>: a rendering with the differences between those conventions folded away
 *       (KORIAKOFF, Korjakow, Koryakov → {@code korakov}) and the study's typing and OCR damage repaired where it
 *       is unambiguous (KRAVCIIENKO → {@code kravchenko}, BES5EDOVSKY → {@code besedovski}).
 *   <li><b>Daitch–Mokotoff codes</b> (commons-codec), the phonetic key that keeps the most of these variants
 *       together; Beider–Morse was measured beside it (see {@code docs/name-trace.md}).
 * </ul>
 */
public final class NameKeys {

    private static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator ISO = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");
    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Transliterator FRENCH = rules("Russian-Latin/French", """
            :: [:Cyrillic:] Lower ;
            щ > chtch ; ч > tch ; ш > ch ; ж > j ; х > kh ; ц > ts ; ю > iou ; я > ia ; ё > io ; е > e ; э > e ;
            й > i ; ы > y ; у > ou ; ъ > ; ь > ; а > a ; б > b ; в > v ; г > g ; д > d ; з > z ; и > i ; к > k ;
            л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; ф > f ;
            """);
    private static final Transliterator GERMAN = rules("Russian-Latin/German", """
            :: [:Cyrillic:] Lower ;
            щ > schtsch ; ч > tsch ; ш > sch ; ж > sh ; х > ch ; ц > z ; ю > ju ; я > ja ; ё > jo ; е > e ;
            э > e ; й > j ; ы > y ; у > u ; ъ > ; ь > ; а > a ; б > b ; в > w ; г > g ; д > d ; з > s ; и > i ;
            к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; ф > f ;
            """);
    private static final List<Transliterator> FROM_CYRILLIC = List.of(BGN, ISO, FRENCH, GERMAN);

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ISO_LETTERS = Pattern.compile("[čšžŝûâëèČŠŽŜÛÂËÈ]");
    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");
    private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();

    /** Ordered rewrites that fold transliteration conventions together; each is a regex and its replacement. */
    private static final String[][] FOLDS = {
        // typing and OCR damage seen in the study: CII for CH, SII for SH, digits for letters
        {"0", "o"},
        {"rn", "m"},
        {"1", "i"},
        {"5", "s"},
        {"cii(?=[aeiouy])", "ch"},
        {"sii(?=[aeiouy])", "sh"},
        {"kii(?=[aeiouy])", "kh"},
        // conventions: German and French digraphs to English ones
        {"schtsch|chtch|shch", "shch"},
        {"tsch|tch", "ch"},
        {"sch", "sh"},
        {"ph", "f"},
        {"w", "v"},
        {"ck", "k"},
        {"x", "ks"},
        {"tz", "ts"},
        {"kh", "h"},
        {"ct", "kt"},
        // vowels and glides: IOU, JU, IU and YU are one letter; so are JA, IA, YA, and JE, IE, YE
        {"iou|ou", "u"},
        {"(?<=^|[aeiou])[ijy](?=[aeou])", ""},
        {"(?<=^|[aeiou])[jy](?=[aeiou])", ""},
        {"(?<=[bcdfghklmnprstvz])[ijy](?=[aeuo])", ""},
        {"j", "i"},
        {"y", "i"},
        // endings: -OFF, -OW, -EW; -SKY, -SKI, -SKIJ, -SKII; -II, -IJ
        {"ff$", "v"},
        {"(?<=[aeiou])f$", "v"},
        {"ski[ij]?$", "ski"},
        {"i[ij]$", "i"},
        // doubled letters are written single
        {"([a-z])\\1+", "$1"},
    };

    private static final Pattern[] FOLD_PATTERNS = new Pattern[FOLDS.length];

    static {
        for (int i = 0; i < FOLDS.length; i++) {
            FOLD_PATTERNS[i] = Pattern.compile(FOLDS[i][0]);
        }
    }

    private NameKeys() {}

    private static Transliterator rules(String id, String rules) {
        return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
    }

    private static final Pattern ABJAD = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}\\p{IsSyriac}]");

    /** Whether a name is written, at least in part, in a script that writes no short vowels. */
    public static boolean isAbjad(String written) {
        return ABJAD.matcher(written).find();
    }

    /**
     * Whether two written words have the same consonants in the same order in some pair of their renderings, the
     * vowels set aside and the letters an abjad writes for long vowels too (waw, yod, ya): يوسف (ywsf) and Yusuf.
     * Renderings, not skeletons: the skeletons fold Russian endings (-of to -ov) that an Arabic name does not have.
     */
    public static boolean sameConsonants(String writtenA, String writtenB) {
        for (String a : renderings(writtenA)) {
            String ca = consonants(a);
            if (ca.length() < 2) {
                continue;
            }
            for (String b : renderings(writtenB)) {
                if (ca.equals(consonants(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String consonants(String rendering) {
        return rendering
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]|[aeiouyw]", "")
                .replaceAll("([a-z])\\1+", "$1");
    }

    public static boolean isCyrillic(String word) {
        return CYRILLIC.matcher(word).find();
    }

    /** The Latin renderings of a word: itself folded to ASCII, or each transliteration of a Cyrillic word. */
    public static Set<String> renderings(String word) {
        Set<String> result = new LinkedHashSet<>();
        if (isCyrillic(word)) {
            for (Transliterator t : FROM_CYRILLIC) {
                result.add(letters(t.transliterate(word)));
            }
        } else if (word.chars().allMatch(c -> c < 128)) {
            result.add(letters(word));
        } else {
            result.add(letters(FOLD.transliterate(word)));
            if (ISO_LETTERS.matcher(word).find()) {
                // ISO 9 marks Russian letters with diacritics (č, š, ž, ŝ, û, â): read back to Cyrillic, then BGN.
                result.add(letters(BGN.transliterate(TO_CYRILLIC.transliterate(word))));
            }
        }
        result.remove("");
        return result;
    }

    /**
     * Latin letters that the conventions read differently: CH is Ш in French and Х in German, J is Ж in French,
     * Z is Ц in German, and Г renders a foreign H (HELFAND, GELFAND); a typist or an OCR engine reads KH as KK
     * (AKKMEDOV). A word holding one is also read the other ways.
     */
    private static final String[][] READINGS = {
        {"(?<![ts])ch", "sh"},
        {"(?<![ts])ch", "kh"},
        {"(?<![dz])j", "zh"},
        {"(?<!t)z", "ts"},
        {"(?<![ckszg])h", "g"},
        {"kk", "kh"}
    };

    private static final Pattern[] READING_PATTERNS =
            java.util.Arrays.stream(READINGS).map(r -> Pattern.compile(r[0])).toArray(Pattern[]::new);

    /** The skeletons of a word, one per distinct rendering and reading. */
    public static Set<String> skeletons(String word) {
        Set<String> result = new LinkedHashSet<>();
        String bare = NameData.withoutParticles(word);
        if (!bare.equals(word)) {
            result.addAll(skeletons(bare)); // "al-Hassan" is keyed as "Hassan" too
        }
        boolean latin = !isCyrillic(word);
        for (String r : renderings(word)) {
            add(result, skeleton(r));
            if (latin) {
                String lower = r.toLowerCase(Locale.ROOT);
                for (int i = 0; i < READINGS.length; i++) {
                    var m = READING_PATTERNS[i].matcher(lower);
                    if (m.find()) {
                        add(result, skeleton(m.replaceAll(READINGS[i][1])));
                    }
                }
            }
        }
        return result;
    }

    private static void add(Set<String> skeletons, String skeleton) {
        if (!skeleton.isEmpty()) {
            skeletons.add(skeleton);
        }
    }

    /** Folds one Latin rendering to its skeleton. */
    static String skeleton(String rendering) {
        String s = rendering.toLowerCase(Locale.ROOT);
        for (int i = 0; i < FOLDS.length; i++) {
            s = FOLD_PATTERNS[i].matcher(s).replaceAll(FOLDS[i][1]);
        }
        return s.replaceAll("[^a-z]", "");
    }

    /** The Daitch–Mokotoff codes of a word over all its renderings. */
    public static Set<String> phonetic(String word) {
        Set<String> codes = new LinkedHashSet<>();
        for (String r : renderings(word)) {
            String letters = repairDigits(r).replaceAll("[^A-Za-z]", "");
            if (!letters.isEmpty()) {
                for (String code : DAITCH_MOKOTOFF.soundex(letters).split("\\|")) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** Digits typed or read for letters, as in BES5EDOVSKY and KRIV1TSKY. */
    private static String repairDigits(String s) {
        return s.replace('0', 'o').replace('1', 'i').replace('5', 's');
    }

    /** Letters, digits standing for letters, and spaces; the rest dropped. */
    private static String letters(String s) {
        return s.replaceAll("[^A-Za-z0-9 ]", "").strip();
    }
}
