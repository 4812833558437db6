package dev.linger.bench;

import java.io.IOException;
import java.util.Random;

/**
 * One attach at a time to a random one of some sessions: a fresh {@link TimedMirror} (10k-line
 * scrollback), timed from the attach request until its snapshot is applied, then detached.
 */
final class AttachSampler {
    static final long APPLY_TIMEOUT_MS = 10_000;

    private final LingerAgent agent;
    private final String[] sessions;
    private final Random random = new Random(7);
    private int snapshotBytes;
    private int scrollbackLines;
    private long lastReceived;

    AttachSampler(LingerAgent agent, String[] sessions) {
        this.agent = agent;
        this.sessions = sessions;
    }

    /** Nanoseconds from the request until the client's emulator holds the snapshot. */
    long attach() throws Exception {
        String session = sessions[random.nextInt(sessions.length)];
        TimedMirror mirror = new TimedMirror();
        long t0 = System.nanoTime();
        int ch = agent.attach(session, mirror);
        long applied = mirror.awaitApplied(APPLY_TIMEOUT_MS);
        if (applied == 0) {
            throw new IOException("no snapshot within " + APPLY_TIMEOUT_MS + " ms of attaching to " + session);
        }
        lastReceived = mirror.receivedAt() - t0;
        snapshotBytes = mirror.snapshotBytes();
        scrollbackLines = mirror.scrollbackLines();
        agent.client().detach(ch);
        return applied - t0;
    }

    /** Of the last attach: nanoseconds until the decoded snapshot reached the client, before applying it. */
    long lastReceived() {
        return lastReceived;
    }

    int snapshotBytes() {
        return snapshotBytes;
    }

    int scrollbackLines() {
        return scrollbackLines;
    }
}
