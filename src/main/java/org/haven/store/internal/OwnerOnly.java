package org.haven.store.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data directory holds every case in clear, the password hashes and the keys: it and its files are its owner's
 * alone (0700 and 0600). Checked at every start, once the store is open; anything wider is narrowed, with a
 * warning, since it may have been read meanwhile.
 */
@Component
class OwnerOnly implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dataDir;

    OwnerOnly(@Value("${haven.data-dir:./data}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** Whether files here have POSIX permissions at all. */
    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!posix() || !Files.isDirectory(dataDir)) {
            return;
        }
        narrow(dataDir, DIRECTORY);
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                narrow(file, FILE);
            }
        } catch (IOException e) {
            log.warn("Cannot list the data directory {} to check its files: {}", dataDir, e.getMessage());
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> others = EnumSet.noneOf(PosixFilePermission.class);
            others.addAll(now);
            others.removeAll(List.of(
                    PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            if (!others.isEmpty()) {
                Files.setPosixFilePermissions(path, wanted);
                log.warn(
                        "{} was open to others ({}); it is now its owner's alone ({})",
                        path,
                        PosixFilePermissions.toString(now),
                        PosixFilePermissions.toString(wanted));
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Cannot make {} its owner's alone: {}", path, e.getMessage());
        }
    }
}
