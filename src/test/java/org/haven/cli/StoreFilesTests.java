package org.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's directory, its files, its keys and its backups are their owner's alone. */
class StoreFilesTests {

    @TempDir
    Path root;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDataDirectoryItsFilesAndItsBackupsAreTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX files");
        Path dir = root.resolve("data");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        HavenProcess.Run cases = HavenProcess.inProcess("cases", "--data-dir", dir.toString());
        assertThat(cases.exitCode()).as(cases.err()).isZero();
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("haven.mv.db"))).isEqualTo("rw-------");

        Path backup = root.resolve("backup.jsonl");
        HavenProcess.Run backedUp =
                HavenProcess.inProcess("backup", "--to", backup.toString(), "--data-dir", dir.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(mode(backup)).isEqualTo("rw-------");
    }
}
