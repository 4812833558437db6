package dev.linger.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts a byte stream and notes when a marker string first passes, across chunk boundaries:
 * how every throughput and fill run knows the command's output has all arrived.
 */
final class MarkerWatch {
    /** Printed after the payload; the generated text never holds '@'. */
    static final String MARK = "@@BENCH-END@@";
    /** The shell command that prints {@link #MARK}. */
    static final String PRINT_MARK = "printf '\\n" + MARK + "\\n'";
    /** Printed by a gated shell once it runs, just before it waits for the Enter that starts the payload. */
    static final String GATE = "@@BENCH-GATE@@";

    /**
     * {@code script} behind a gate: the shell prints {@link #GATE}, then waits for Enter, so a run
     * can be timed from the Enter with the shell already started (seen, not guessed).
     */
    static String gated(String script) {
        return "printf '" + GATE + "'; read _; " + script;
    }

    private final byte[] pattern;
    private final int[] failure;
    private final CountDownLatch seen = new CountDownLatch(1);
    private int matched;
    private volatile long bytes;
    private volatile long seenAt;

    MarkerWatch() {
        this(MARK);
    }

    MarkerWatch(String marker) {
        pattern = marker.getBytes(StandardCharsets.US_ASCII);
        failure = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            failure[i] = k;
        }
    }

    /** Called by one reader thread with each chunk, in order. */
    void feed(byte[] b, int off, int len) {
        bytes += len;
        if (seenAt != 0) {
            return;
        }
        int k = matched;
        for (int i = off; i < off + len; i++) {
            while (k > 0 && b[i] != pattern[k]) {
                k = failure[k - 1];
            }
            if (b[i] == pattern[k]) {
                k++;
                if (k == pattern.length) {
                    markSeen();
                    return;
                }
            }
        }
        matched = k;
    }

    /** For listeners that learn of the marker another way (a snapshot's screen). */
    void markSeen() {
        if (seenAt == 0) {
            seenAt = System.nanoTime();
            seen.countDown();
        }
    }

    boolean await(long timeoutMs) throws InterruptedException {
        return seen.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** System.nanoTime() when the marker arrived; 0 before. */
    long seenAt() {
        return seenAt;
    }

    long bytes() {
        return bytes;
    }
}
