package dev.linger.bench;

import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.Snapshot;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A fresh client emulator that notes when the attach snapshot has been applied to it. */
final class TimedMirror extends MirrorTerminal {
    private final CountDownLatch applied = new CountDownLatch(1);
    private volatile long appliedAt;
    private volatile long receivedAt;
    private volatile int snapshotBytes;

    TimedMirror() {
        super(BenchContext.SCROLLBACK);
    }

    @Override
    public synchronized void onSnapshot(Snapshot snapshot) {
        long received = System.nanoTime();
        super.onSnapshot(snapshot);
        if (appliedAt == 0) {
            receivedAt = received;
            snapshotBytes = snapshot.scrollbackLength() + snapshot.screenLength();
            appliedAt = System.nanoTime();
            applied.countDown();
        }
    }

    /** System.nanoTime() once the first snapshot is applied, or 0 if it did not come in time. */
    long awaitApplied(long timeoutMs) throws InterruptedException {
        applied.await(timeoutMs, TimeUnit.MILLISECONDS);
        return appliedAt;
    }

    /** System.nanoTime() when the (decoded) snapshot reached this listener, before it was applied. */
    long receivedAt() {
        return receivedAt;
    }

    int snapshotBytes() {
        return snapshotBytes;
    }

    synchronized int scrollbackLines() {
        return engine().scrollback().size();
    }
}
