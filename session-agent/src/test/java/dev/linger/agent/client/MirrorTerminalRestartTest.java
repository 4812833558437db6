package dev.linger.agent.client;

import dev.linger.agent.protocol.Snapshot;
import dev.linger.term.EngineRestart;
import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI's mirror (`linger wait`) starts its terminal over when what it is given breaks its
 * engine, and goes on mirroring, instead of ending the command with the exception. A snapshot
 * whose scrollback block is cut short is input that fails the engine deterministically.
 */
class MirrorTerminalRestartTest {
    @Test
    void aSnapshotTheEngineCannotReadResetsTheMirrorWhichKeepsMirroring() throws Exception {
        MirrorTerminal mirror = new MirrorTerminal(100);
        mirror.onOutput("before the bad snapshot\r\n".getBytes(StandardCharsets.UTF_8));

        mirror.onSnapshot(Snapshot.decode(truncatedScrollbackSnapshot()));
        mirror.onOutput("after-the-reset\r\n".getBytes(StandardCharsets.UTF_8));

        TerminalEngine engine = mirror.engine();
        assertThat(engine.screenLines()).contains("before the bad snapshot", EngineRestart.NOTE, "after-the-reset");
        assertThat(engine.screenLines().indexOf(EngineRestart.NOTE)).isLessThan(engine.screenLines().indexOf("after-the-reset"));
        assertThat(mirror.snapshots()).isEqualTo(1);
    }

    /** 80x24, a 3-byte scrollback block that claims five lines and holds none. */
    private static byte[] truncatedScrollbackSnapshot() {
        ByteBuffer b = ByteBuffer.allocate(2 + 4 + 3);
        b.put((byte) 80).put((byte) 24).putInt(3).put(new byte[] {5, 0, 0});
        return b.array();
    }
}
