package org.haven.registry.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * When two given names are one: the same skeleton, one slip of the pen apart, or forms of one name in different
 * languages (Michel and Mikhail, Alexandre and Aleksandr, Georges and Georgi). Prefixes do not count: Aleksandr
 * and Aleksei, Vladimir and Vladislav are different men.
 */
final class GivenNames {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** Forms of one given name, from the data file: each form's skeleton to its name's key. */
    private static final Map<String, String> KEY = load("/names/given-names.tsv");

    private static Map<String, String> load(String resource) {
        Map<String, String> keys = new HashMap<>();
        try (var in = GivenNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.strip().split("\t");
                String key = NameKeys.skeleton(forms[0]);
                for (String form : forms) {
                    for (String skeleton : NameKeys.skeletons(form)) {
                        // a familiar form shared by two names (Sasha: Aleksandr and Aleksandra) keeps the first
                        keys.putIfAbsent(skeleton, key);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(keys);
    }

    private GivenNames() {}

    /** Whether two given-name (or patronymic) skeletons are one name as written: the same, or one slip apart. */
    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 4 && ONE_EDIT.apply(a, b) >= 0;
    }

    /**
     * Whether two written given names differ as a man's and a woman's form of one name (Yevgeniy, Yevgeniya;
     * Valentin, Valentina): the woman's ends in A, the man's does not. They are two people.
     */
    static boolean differentSexes(String writtenA, String writtenB) {
        return endsInA(writtenA) != endsInA(writtenB);
    }

    private static boolean endsInA(String written) {
        String latin = NameKeys.renderings(written).stream()
                .findFirst()
                .orElse(written)
                .toLowerCase(Locale.ROOT);
        return latin.length() > 2 && latin.endsWith("a");
    }

    /** Whether two given-name skeletons are forms of one name in different languages (Michel, Mikhail). */
    static boolean sameNameInAnotherLanguage(String a, String b) {
        String ka = KEY.get(a);
        return ka != null && ka.equals(KEY.get(b));
    }

    /**
     * The letter a written name's initial stands for, with the letters that transliterations swap taken as one:
     * Yuri, Iouri and Juri; Konstantin and Constantin; Wladimir and Vladimir; Georgi and Herman (Г).
     */
    static char initial(String written) {
        String latin = NameKeys.renderings(written).stream().findFirst().orElse(written);
        char c = latin.isEmpty() ? '?' : Character.toLowerCase(latin.charAt(0));
        return switch (c) {
            case 'y', 'j' -> 'i';
            case 'c' -> 'k';
            case 'w' -> 'v';
            case 'h' -> 'g';
            default -> c;
        };
    }
}
