package org.haven.registry.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.haven.registry.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * Takes a written name apart into given names, initials, patronymic and surname.
 *
 * <p>The surname is, in order: the part before a comma ({@code KRAVCHENKO, Victor}); the one word written in
 * capitals where the others are not ({@code Victor KRAVCHENKO}, the study's habit); the first word when a
 * patronymic closes the name (Russian order, {@code Kravchenko Viktor Andreyevich}); otherwise the last word.
 */
public final class NameParser {

    /** The longest name taken apart; anything longer is cut, so no input can make parsing slow. */
    public static final int MAX_LENGTH = 300;

    private static final Set<String> TITLES = Set.of(
            "dr",
            "mr",
            "mrs",
            "miss",
            "ms",
            "herr",
            "frau",
            "mme",
            "col",
            "colonel",
            "gen",
            "general",
            "maj",
            "major",
            "capt",
            "captain",
            "lt",
            "prof",
            "professor",
            "sir",
            "comrade",
            "tovarishch");
    private static final Pattern PATRONYMIC = Pattern.compile(
            "(?iu).+(ovich|evich|ovitch|evitch|owitsch|ewitsch|ovitsj|ovič|evič|ič|ich|ovna|evna|owna|ewna|itschna|ichna|ična|овна|евна|ович|евич|ич|ична)");
    private static final Pattern SPLIT = Pattern.compile("[\\s,]+");

    private NameParser() {}

    /**
     * Parses a name.
     *
     * @throws IllegalArgumentException when the name holds no letter
     */
    public static PersonName parse(String written) {
        String name = clean(written);
        if (name.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("a name needs at least one letter");
        }
        boolean inverted = false;
        String surname;
        List<String> rest;
        int comma = name.indexOf(',');
        if (comma > 0 && comma < name.length() - 1) {
            inverted = true;
            surname = name.substring(0, comma).strip();
            rest = tokens(name.substring(comma + 1));
        } else {
            List<String> tokens = tokens(name);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("a name needs more than a title");
            }
            int capitals = -1;
            int capitalCount = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (isCapitals(tokens.get(i))) {
                    capitals = i;
                    capitalCount++;
                }
            }
            int at;
            if (capitalCount == 1 && tokens.size() > 1) {
                at = capitals;
            } else if (tokens.size() >= 3
                    && PATRONYMIC.matcher(tokens.getLast()).matches()
                    && !PATRONYMIC.matcher(tokens.get(1)).matches()
                    && tokens.getFirst()
                                    .replaceAll("\\.", "")
                                    .codePointCount(
                                            0,
                                            tokens.getFirst()
                                                    .replaceAll("\\.", "")
                                                    .length())
                            > 1) {
                // Surname first, patronymic last (Kravchenko Viktor Andreyevich); a patronymic in the middle
                // means the Western order, whatever the last word ends in (Arkadiy Arkadiyevich Dochutaich).
                at = 0;
                inverted = true;
            } else {
                at = tokens.size() - 1;
            }
            surname = tokens.get(at);
            rest = new ArrayList<>(tokens);
            rest.remove(at);
        }
        List<String> given = new ArrayList<>();
        String patronymic = null;
        for (String token : rest) {
            String bare = token.replaceAll("\\.$", "");
            if (bare.isEmpty() || TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (patronymic == null
                    && !given.isEmpty()
                    && bare.length() > 4
                    && PATRONYMIC.matcher(bare).matches()) {
                patronymic = bare;
            } else if (bare.matches("(?U)(\\p{L}\\.)+\\p{L}?")) {
                for (String initial : bare.split("\\.")) {
                    if (!initial.isEmpty()) {
                        given.add(initial);
                    }
                }
            } else {
                given.add(bare);
            }
        }
        return new PersonName(given, patronymic, surname.replaceAll("\\.$", ""), inverted, written);
    }

    /** Normal form, quotes and marks removed, cut to {@link #MAX_LENGTH}. */
    static String clean(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC);
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        // A middle dot (Chinese and Japanese names written in Latin or Cyrillic letters: "Li·Xiaolong", katakana's
        // "・") parts the name as a space does.
        s = s.replaceAll("[·・‧]", " ");
        s = s.replaceAll("[‘’'`\"“”«»()\\[\\]ʹʺ]", "")
                .replaceAll("\\p{Cf}", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{Nd}.,\\-\\s]", " ")
                .strip();
        return s;
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        for (String t : SPLIT.split(s.strip())) {
            if (!t.isBlank() && !TITLES.contains(t.replaceAll("\\.$", "").toLowerCase(Locale.ROOT))) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** A word in capitals of two or more letters: the study's way of writing a surname. */
    public static boolean isCapitals(@Nullable String token) {
        if (token == null) {
            return false;
        }
        long letters = token.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && token.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
