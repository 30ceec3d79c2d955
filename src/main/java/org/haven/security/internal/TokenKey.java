package org.haven.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key Haven signs its bearer tokens with: {@code haven.security.token-key} (base64, at least 32 bytes) where
 * several Haven instances must accept each other's tokens; otherwise a random key kept in the data directory,
 * readable by its owner only, and never in the store or its backups.
 */
final class TokenKey {

    private TokenKey() {}

    static SecretKey of(String configured, Path dataDir) {
        byte[] key;
        if (!configured.isBlank()) {
            key = Base64.getDecoder().decode(configured.strip());
        } else {
            key = fromFile(dataDir.resolve("token.key"));
        }
        if (key.length < 32) {
            throw new IllegalStateException("the token key must have at least 32 bytes");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling("token.key.partial");
            Files.writeString(partial, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token key in " + file, e);
        }
    }
}
