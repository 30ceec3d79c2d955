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

    /** Titles and honorifics in many languages, from {@code /names/titles.txt}. */
    private static final Set<String> TITLES = NameData.TITLES;

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
        PersonName eastAsian = eastAsian(name, written);
        if (eastAsian != null) {
            return eastAsian;
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
            // Particles before the last word belong to the family name (Ahmad bin Ali, Pieter van der Berg).
            int from = at;
            if (at == tokens.size() - 1) {
                while (from > 1 && NameData.isParticle(tokens.get(from - 1))) {
                    from--;
                }
            }
            surname = String.join(" ", tokens.subList(from, at + 1));
            rest = new ArrayList<>(tokens.subList(0, from));
            rest.addAll(tokens.subList(at + 1, tokens.size()));
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

    /** Chinese surnames of two characters; a name that begins with one is not cut after its first. */
    private static final Set<String> CHINESE_COMPOUND_SURNAMES = Set.of(
            "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "夏侯", "令狐", "长孙",
            "長孫", "宇文", "司徒", "澹台", "轩辕", "軒轅", "端木", "西门", "西門", "南宫", "南宮", "钟离", "鍾離", "申屠", "呼延", "闻人", "聞人", "万俟",
            "萬俟", "赫连", "赫連");

    /** Korean surnames of two syllables. */
    private static final Set<String> KOREAN_COMPOUND_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

    private static final Pattern HAN_OR_HANGUL = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]");
    private static final Pattern KANA_OR_LATIN = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsLatin}]");

    /**
     * A name written in Chinese characters or Hangul: the family name comes first, as the script writes it. Spaced,
     * the first part is the family name; unspaced, a Chinese or Korean name is cut after its family name — one
     * character or syllable, or two for the compound ones — when the whole is two to four long; a longer one, or a
     * Japanese name in kanji alone (whose family name may be one to three), is left whole. Null for any other name.
     */
    private static @Nullable PersonName eastAsian(String name, String written) {
        if (!HAN_OR_HANGUL.matcher(name).find() || KANA_OR_LATIN.matcher(name).find()) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(name.split("[\\s,]+")));
        parts.removeIf(String::isBlank);
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() > 1) {
            return new PersonName(parts.subList(1, parts.size()), null, parts.getFirst(), true, written);
        }
        String whole = parts.getFirst();
        int length = whole.codePointCount(0, whole.length());
        if (length < 2 || length > 4) {
            return new PersonName(List.of(), null, whole, true, written);
        }
        String two = whole.substring(0, whole.offsetByCodePoints(0, 2));
        boolean compound = CHINESE_COMPOUND_SURNAMES.contains(two) || KOREAN_COMPOUND_SURNAMES.contains(two);
        int cut = whole.offsetByCodePoints(0, compound && length > 2 ? 2 : 1);
        if (length == 4 && !compound) {
            return new PersonName(List.of(), null, whole, true, written); // a Japanese name, or one not known
        }
        return new PersonName(List.of(whole.substring(cut)), null, whole.substring(0, cut), true, written);
    }

    /** Normal form, quotes and marks removed, cut to {@link #MAX_LENGTH}. */
    static String clean(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC);
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        // A middle dot before a capital parts the name as a space does ("Li·Xiaolong"), and katakana's always does
        // ("リー・シャオロン"); inside a word it is BGN's mark that two letters are not one (Mebry·anov) and goes.
        s = s.replaceAll("[・‧]", " ").replaceAll("·(?=\\p{Lu})", " ");
        s = s.replaceAll("[‘’'`\"“”«»()\\[\\]·ʹʺ]", "")
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
