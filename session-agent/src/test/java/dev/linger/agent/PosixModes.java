package dev.linger.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner-only checks of tests that otherwise run everywhere: a POSIX file's mode is asserted,
 * while on Windows, whose files have ACLs instead ({@link SkipReasons#POSIX_MODES}), the check is
 * left out and the rest of the test still runs.
 */
public final class PosixModes {
    private PosixModes() {
    }

    public static void assertMode(Path path, String mode) throws java.io.IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(mode);
        }
    }
}
