package dev.linger.bench;

import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.Snapshot;

/**
 * A client that emulates what it receives (the app's case): a {@link MirrorTerminal} with a
 * 10k-line scrollback, plus the end marker watched in its input and, after a resync, on its screen.
 */
final class MirrorWatch extends MirrorTerminal {
    private final MarkerWatch marker = new MarkerWatch();
    private int resyncs;

    MirrorWatch() {
        super(BenchContext.SCROLLBACK);
    }

    @Override
    public synchronized void onSnapshot(Snapshot snapshot) {
        super.onSnapshot(snapshot);
        if (snapshots() > 1) {
            resyncs++;
            for (String line : engine().screenLines()) {
                if (line.contains(MarkerWatch.MARK)) {
                    marker.markSeen();
                }
            }
        }
    }

    @Override
    public synchronized void onOutput(byte[] bytes) {
        super.onOutput(bytes);
        marker.feed(bytes, 0, bytes.length);
    }

    MarkerWatch marker() {
        return marker;
    }

    synchronized int resyncs() {
        return resyncs;
    }
}
