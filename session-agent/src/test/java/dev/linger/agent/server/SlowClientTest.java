package dev.linger.agent.server;

import dev.linger.agent.SharedAgentTest;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.Version;
import dev.linger.agent.protocol.Frame;
import dev.linger.agent.protocol.FrameReader;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.BufferedInputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A client that stops reading never slows the shell, and is resynchronised when it catches up. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class SlowClientTest extends SharedAgentTest {
    @Test
    void stalledClientDoesNotSlowTheShellAndGetsAFreshSnapshotWhenItReadsAgain() throws Exception {
        String id = agent.shell("flood").path("id").asText();
        agent.awaitText(id, "$");
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(agent.home().socket()));
            send(ch, "{\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":" + Version.PROTOCOL + "}}");
            send(ch, "{\"id\":2,\"method\":\"session.attach\",\"params\":{\"session\":\"" + id + "\"}}");

            // This client now reads nothing while ~40 MB pour out of the shell.
            long t0 = System.nanoTime();
            agent.type(id, "seq 1 5000000; echo flood-finished\r");
            agent.awaitScreen(id, l -> l.contains("flood-finished"), 120_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(seconds).as("the flood ran at the shell's own pace").isLessThan(60);

            // Reading again: the backlog was dropped and a fresh snapshot follows it.
            FrameReader reader = new FrameReader(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16), Frame.MAX_OUTBOUND);
            TerminalEngine mirror = new TerminalEngine(80, 24, 10_000);
            int snapshots = 0;
            long dataBytes = 0;
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                Frame f = reader.read();
                if (f.type() == Frame.SNAPSHOT) {
                    Snapshot.decode(f.payload()).applyTo(mirror);
                    snapshots++;
                } else if (f.type() == Frame.DATA) {
                    mirror.feed(f.payload());
                    dataBytes += f.payload().length;
                }
                if (snapshots >= 2 && mirror.screenLines().contains("flood-finished")) {
                    break;
                }
            }
            assertThat(snapshots).as("attach snapshot plus at least one resync").isGreaterThanOrEqualTo(2);
            assertThat(dataBytes).as("most of the flood was never queued for the stalled client").isLessThan(30L << 20);
            List<String> agentScreen = agent.capture(id, false);
            List<String> clientScreen = trimmed(mirror.screenLines());
            assertThat(clientScreen).isEqualTo(agentScreen);
        }
    }

    private static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return lines.subList(0, end);
    }

    private static void send(SocketChannel ch, String json) throws Exception {
        ByteBuffer b = Json.frame(Json.MAPPER.readTree(json)).encode();
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
