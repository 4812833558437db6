package dev.linger.bench;

import dev.linger.agent.client.ChannelListener;
import dev.linger.agent.protocol.Snapshot;

/**
 * A client that receives a channel's output without emulating it, as tmux's client does not:
 * counts bytes and notes the end marker. A snapshot mid-stream (the client fell behind and its
 * queued output was dropped) is counted, and its screen searched for the marker.
 */
final class StreamWatch implements ChannelListener {
    private final MarkerWatch marker = new MarkerWatch();
    private volatile int snapshots;

    @Override
    public void onSnapshot(Snapshot snapshot) {
        snapshots++;
        if (snapshots > 1 && new String(snapshot.screen(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(MarkerWatch.MARK)) {
            marker.markSeen();
        }
    }

    @Override
    public void onOutput(byte[] bytes) {
        marker.feed(bytes, 0, bytes.length);
    }

    MarkerWatch marker() {
        return marker;
    }

    /** Snapshots after the first: each one means output was dropped for this client. */
    int resyncs() {
        return Math.max(0, snapshots - 1);
    }
}
