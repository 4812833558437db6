package dev.linger.term;

import com.techsenger.jeditermfx.core.model.StyleState;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The buffer's lock with nested holds counted: still one thread at a time, released by the outermost unlock only. */
class EngineTextBufferLockTest {
    private final EngineTextBuffer buffer = new EngineTextBuffer(20, 5, new StyleState(), true);

    /** Until {@code t} waits for the lock (it parks there), or five seconds pass. */
    private static void awaitParked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (t.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(t.getState()).as("the other thread waits for the lock").isEqualTo(Thread.State.WAITING);
    }

    private boolean otherThreadGetsIt() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            boolean got = buffer.tryLock();
            if (got) {
                buffer.unlock();
            }
            return got;
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void nestedHoldsKeepOthersOutUntilTheOutermostUnlock() throws Exception {
        buffer.lock();
        buffer.lock();
        assertThat(buffer.tryLock()).isTrue();
        buffer.unlock();
        buffer.unlock();
        assertThat(otherThreadGetsIt()).isFalse();
        buffer.unlock();
        assertThat(otherThreadGetsIt()).isTrue();
    }

    @Test
    void theCoresOwnUseOfTheLockInsideAHoldStaysBalanced() throws Exception {
        buffer.lock();
        buffer.modify(() -> {
            buffer.lock();
            buffer.unlock();
        });
        assertThat(buffer.getScreenLines()).isNotNull();
        assertThat(otherThreadGetsIt()).isFalse();
        buffer.unlock();
        assertThat(otherThreadGetsIt()).isTrue();
        buffer.modify(() -> {
            buffer.lock();
            buffer.unlock();
        });
        assertThat(otherThreadGetsIt()).isTrue();
    }

    @Test
    void unlockingWithoutAHoldFailsAsTheLockDoes() {
        assertThatThrownBy(buffer::unlock).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void aWaitingThreadGetsTheLockWhenTheHolderLetsGo() throws Exception {
        buffer.lock();
        buffer.lock();
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        int[] shared = {0};
        Thread other = new Thread(() -> {
            started.countDown();
            buffer.lock();
            try {
                seen.set(shared[0]);
            } finally {
                buffer.unlock();
            }
        });
        other.start();
        started.await();
        awaitParked(other);
        shared[0] = 42;
        buffer.unlock();
        assertThat(otherThreadGetsIt()).as("held while one hold is left").isFalse();
        assertThat(other.getState()).as("still waiting for the lock").isEqualTo(Thread.State.WAITING);
        buffer.unlock();
        other.join(5000);
        assertThat(seen.get()).isEqualTo(42);
    }

    @Test
    void twoThreadsHammeringNestedHoldsNeverOverlap() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Runnable work = () -> {
            for (int i = 0; i < 20_000; i++) {
                buffer.lock();
                try {
                    if (inside.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    buffer.lock();
                    buffer.unlock();
                    inside.decrementAndGet();
                } finally {
                    buffer.unlock();
                }
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(overlaps.get()).isZero();
        assertThat(otherThreadGetsIt()).isTrue();
    }
}
