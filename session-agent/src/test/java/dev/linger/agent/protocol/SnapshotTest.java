package dev.linger.agent.protocol;

import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTest {

    private static TerminalEngine printed(int lines) {
        TerminalEngine engine = new TerminalEngine(80, 24, 10_000);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            sb.append("\u001b[1;3").append(i % 8).append("mrow ").append(i).append("\u001b[0m tail of row ").append(i).append("\r\n");
        }
        sb.append("\u001b]0;the title\u0007prompt$ ");
        engine.feed(sb.toString().getBytes(StandardCharsets.UTF_8));
        return engine;
    }

    @Test
    void aDecodedSnapshotRebuildsScrollbackAndScreen() {
        TerminalEngine agent = printed(12_000);
        byte[] wire = Snapshot.of(agent).encode();
        TerminalEngine client = new TerminalEngine(80, 24, 10_000);
        Snapshot.decode(wire).applyTo(client);
        assertThat(client.scrollback().size()).isEqualTo(10_000);
        assertThat(client.scrollback().toBytes()).isEqualTo(agent.scrollback().toBytes());
        assertThat(client.historyAndScreenLines()).isEqualTo(agent.historyAndScreenLines());
        assertThat(client.title()).isEqualTo("the title");
    }

    @Test
    void theEncodedFormIsOneExactlySizedArrayReadInPlace() {
        TerminalEngine agent = printed(500);
        Snapshot snapshot = Snapshot.of(agent);
        byte[] wire = snapshot.encode();
        assertThat(snapshot.encode()).isSameAs(wire);
        assertThat(snapshot.scrollbackLength()).isEqualTo(agent.scrollback().toBytes().length);
        assertThat(wire.length).isEqualTo(2 + 4 + snapshot.scrollbackLength() + snapshot.screenLength());
        Snapshot decoded = Snapshot.decode(wire);
        assertThat(decoded.encode()).isSameAs(wire);
        assertThat(decoded.columns()).isEqualTo(80);
        assertThat(decoded.rows()).isEqualTo(24);
        assertThat(decoded.screen()).isEqualTo(snapshot.screen());
    }

    @Test
    void aSnapshotClaimingMoreScrollbackThanItHoldsIsRejected() {
        byte[] wire = Snapshot.of(printed(50)).encode();
        byte[] cut = java.util.Arrays.copyOf(wire, 40);
        assertThatThrownBy(() -> Snapshot.decode(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claims");
    }
}
