package dev.linger.agent.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Output already read from the PTY (and sent to clients) that the session's emulator has not
 * parsed yet. The reader adds to it and goes back to the PTY at once; the emulator drains it on
 * another core, in batches, which is faster than a feed per read (a Linux PTY hands over at most
 * about 4 KB a read). Bounded: past {@link #LIMIT} bytes the reader waits, so a program cannot
 * outrun its emulator by more than a few milliseconds of parsing.
 *
 * <p>{@link #add} runs under the session's stream lock, {@link #drain} under its engine lock:
 * whoever holds both sees the emulator and the clients' streams at the same point.
 */
final class OutputBacklog {
    static final int LIMIT = 256 * 1024;
    /** Reads joined into one feed, at most; the emulator gains little past this. */
    static final int BATCH = 32 * 1024;

    /** Receives a batch; the array is reused after the call. */
    interface Feeder {
        void feed(byte[] bytes, int off, int len);
    }

    private final ConcurrentLinkedQueue<byte[]> chunks = new ConcurrentLinkedQueue<>();
    private final Semaphore room = new Semaphore(LIMIT);
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Allocated on the first batch: a session that never prints much never has one. */
    private byte[] batch;

    /** Waits until {@code bytes} more fit; called by the reader before it takes any lock. */
    void reserve(int bytes) throws InterruptedException {
        room.acquire(Math.min(bytes, LIMIT));
    }

    /** Queues one read of at most {@link #LIMIT} bytes, reserved before. */
    void add(byte[] chunk) {
        chunks.add(chunk);
    }

    /** True for the one caller that must now start a drain; false while one is pending or running. */
    boolean claim() {
        return !chunks.isEmpty() && scheduled.compareAndSet(false, true);
    }

    /** Ends a drain started by {@link #claim}; true if more arrived meanwhile and it must run again. */
    boolean release() {
        scheduled.set(false);
        return claim();
    }

    /**
     * Feeds the queued reads, joining neighbours up to {@link #BATCH}; false if there was none.
     * Stops after {@link #LIMIT} bytes, which is at least everything queued when it began: a
     * program that prints without pause never keeps one drain (and the engine lock) going.
     */
    boolean drain(Feeder feeder) {
        byte[] first = chunks.poll();
        if (first == null) {
            return false;
        }
        long fed = 0;
        while (first != null) {
            fed += first.length;
            if (fed > LIMIT) {
                feed(feeder, first, first.length);
                break;
            }
            byte[] next = chunks.peek();
            if (next == null || first.length + next.length > BATCH) {
                feed(feeder, first, first.length);
                first = chunks.poll();
                continue;
            }
            if (batch == null) {
                batch = new byte[BATCH];
            }
            int n = append(first, 0);
            while ((next = chunks.peek()) != null && n + next.length <= BATCH) {
                fed += next.length;
                n = append(chunks.poll(), n);
            }
            feed(feeder, batch, n);
            first = chunks.poll();
        }
        return true;
    }

    /**
     * The room is given back even if the emulator throws: the reader must never wait forever.
     * As much is given back as {@link #reserve} took (a batch holds reads far below the limit).
     */
    private void feed(Feeder feeder, byte[] bytes, int len) {
        try {
            feeder.feed(bytes, 0, len);
        } finally {
            room.release(Math.min(len, LIMIT));
        }
    }

    private int append(byte[] chunk, int at) {
        System.arraycopy(chunk, 0, batch, at, chunk.length);
        return at + chunk.length;
    }
}
