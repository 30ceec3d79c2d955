package org.haven.security;

import org.springframework.security.crypto.keygen.KeyGenerators;

/** One-time passwords: 128 random bits, in hexadecimal, from the platform's secure random source. */
public final class OneTimePasswords {

    private OneTimePasswords() {}

    public static String generate() {
        return KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey();
    }
}
