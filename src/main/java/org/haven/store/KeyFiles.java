package org.haven.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/** Keys kept as files in the data directory: created once, owner-only, moved into place whole. */
public final class KeyFiles {

    private KeyFiles() {}

    /** The key in {@code file}, created from {@code fresh} if there is none yet. */
    public static synchronized String readOrCreate(Path file, Supplier<String> fresh) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            String key = fresh.get();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, key);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the key in " + file, e);
        }
    }
}
