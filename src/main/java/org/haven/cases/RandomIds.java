package org.haven.cases;

import java.security.SecureRandom;

/**
 * Identifiers that say nothing: random, derived from no name and counting nothing. Sixteen letters and digits from
 * an alphabet without look-alikes (no i, l, o, u, 0 or 1), in groups of four, so that they can be read aloud:
 * {@code k3x9-7mqa-2fzp-vt8n} (about 78 random bits).
 */
final class RandomIds {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {}

    static String next() {
        StringBuilder id = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
