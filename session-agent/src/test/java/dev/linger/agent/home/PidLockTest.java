package dev.linger.agent.home;

import dev.linger.agent.PosixModes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PidLockTest {
    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeWhoseProcessIsNamedInTheFile() throws Exception {
        Path file = dir.resolve("desktop.lock");
        Optional<PidLock> first = PidLock.tryAcquire(file);
        assertThat(first).isPresent();
        PosixModes.assertMode(file, "rw-------");
        assertThat(PidLock.holderPid(file)).contains(ProcessHandle.current().pid());
        assertThat(PidLock.tryAcquire(file)).isEmpty();
        first.get().close();
        try (PidLock again = PidLock.tryAcquire(file).orElseThrow()) {
            assertThat(PidLock.holderPid(file)).contains(ProcessHandle.current().pid());
        }
    }

    @Test
    void noHolderIsEmptyNotAnError() {
        assertThat(PidLock.holderPid(dir.resolve("never-written.lock"))).isEmpty();
    }
}
