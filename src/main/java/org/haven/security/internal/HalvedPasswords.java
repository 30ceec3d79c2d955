package org.haven.security.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A one-time password given in two halves by two administrators, so that neither of them knows it: each half is
 * hashed on its own, the first when the first administrator creates the account (or resets its password), the
 * second when another confirms it. The account opens only when both hashes are there and both halves are given,
 * one after the other, spaces and hyphens between them ignored.
 *
 * <p>Stored as {@code HASH1|HASH2} (each a hash of the underlying encoder) behind the delegating encoder's id {@link
 * #ID}; an account whose second half has not been given yet ends in {@code |} and matches nothing.
 */
final class HalvedPasswords implements PasswordEncoder {

    static final String ID = "halves";

    /** Characters in each half: 16 hexadecimal digits, 64 random bits. */
    static final int HALF = 16;

    private final PasswordEncoder each;

    HalvedPasswords(PasswordEncoder each) {
        this.each = each;
    }

    /** The stored form once the first half is known: the second is still to come. */
    String first(String half) {
        return "{" + ID + "}" + each.encode(half) + "|";
    }

    /** The stored form completed with the second half. */
    String second(String stored, String half) {
        if (!stored.startsWith("{" + ID + "}") || !stored.endsWith("|")) {
            throw new IllegalStateException("the account is not waiting for the second half of its password");
        }
        return stored + each.encode(half);
    }

    @Override
    public String encode(CharSequence raw) {
        String whole = normal(raw);
        if (whole.length() != 2 * HALF) {
            throw new IllegalArgumentException("a halved one-time password has two halves of " + HALF + " characters");
        }
        return each.encode(whole.substring(0, HALF)) + "|" + each.encode(whole.substring(HALF));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        int bar = encoded == null ? -1 : encoded.indexOf('|');
        if (bar < 0 || bar == encoded.length() - 1) {
            return false;
        }
        String whole = normal(raw);
        if (whole.length() != 2 * HALF) {
            return false;
        }
        // Both halves are checked whatever the first answers, so the time taken does not say which half was wrong.
        boolean first = each.matches(whole.substring(0, HALF), encoded.substring(0, bar));
        boolean second = each.matches(whole.substring(HALF), encoded.substring(bar + 1));
        return first & second;
    }

    private static String normal(CharSequence raw) {
        return raw == null ? "" : raw.toString().replaceAll("[\\s-]", "");
    }
}
