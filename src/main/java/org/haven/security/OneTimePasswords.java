package org.haven.security;

import org.springframework.security.crypto.keygen.KeyGenerators;

/** One-time passwords: 128 random bits, in hexadecimal, from the platform's secure random source. */
public final class OneTimePasswords {

    /** What whoever gives an expired one-time password right is told; no one else is. */
    public static final String EXPIRED =
            "The one-time password of this account has expired: ask an administrator for a new one.";

    private OneTimePasswords() {}

    /** Half of a one-time password given by two administrators: 64 random bits, 16 hexadecimal digits. */
    public static String half() {
        return KeyGenerators.string().generateKey();
    }

    public static String generate() {
        return KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey();
    }
}
