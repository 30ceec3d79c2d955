package org.haven.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The lists of words a name is taken apart by, from the data files in {@code /names/}: titles and particles. */
final class NameData {

    /** Titles and honorifics that go before a name, in any of the languages the file lists. */
    static final Set<String> TITLES = words("/names/titles.txt");

    /** Particles that stand before a family name and belong to it. */
    static final Set<String> PARTICLES = words("/names/particles.txt");

    private static final java.util.regex.Pattern SEPARATED = java.util.regex.Pattern.compile("[\\s\\-‐‑'’]");

    private NameData() {}

    static boolean isParticle(String token) {
        return PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * The family name without its leading particles: "al-Hassan" → "Hassan", "van der Berg" → "Berg"; the name
     * itself when it has none, or is nothing but particles.
     */
    static String withoutParticles(String surname) {
        if (!SEPARATED.matcher(surname).find()) {
            return surname; // one word: no particle to take off (the common case, asked for every key)
        }
        String[] parts = surname.split("[\\s\\-‐‑'’]+");
        int first = 0;
        while (first < parts.length - 1 && isParticle(parts[first])) {
            first++;
        }
        if (first == 0) {
            return surname;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }

    private static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = NameData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
