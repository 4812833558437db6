package dev.linger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * Keystroke round trips through one terminal path: sends one byte, and the reader thread stamps
 * the moment that byte comes back in the output. The program at the far end is
 * {@code stty raw -echo; cat}, so the byte returns only after the program has read and written it.
 */
final class EchoProbe implements DirectPty.Reader {
    interface Sender {
        void send(byte[] bytes) throws IOException;
    }

    /** The script the far end runs, after the Enter that gates it: 12,000 lines of history first. */
    static String script(java.nio.file.Path history) {
        return "cat '" + history + "'; stty raw -echo; printf READY; exec cat";
    }

    /** The probe's bytes: letters that no escape sequence tmux's client emits contains. */
    private static final byte[] KEYS = "uvwxyz".getBytes(StandardCharsets.US_ASCII);
    /** Keys per row before the row is cleared: no wrap, no scroll, no redraw. */
    private static final int ROW = 61;
    private static final byte[] CLEAR_ROW = "\r\u001b[K".getBytes(StandardCharsets.US_ASCII);
    private static final long ROUND_TRIP_TIMEOUT_NANOS = 2_000_000_000L;
    private static final int MAX_LOST = 10;

    private final String name;
    private final MarkerWatch ready = new MarkerWatch("READY");
    private final MarkerWatch gate = new MarkerWatch(MarkerWatch.GATE);
    private Sender sender;
    private volatile int expected = -1;
    private volatile long arrivedAt;
    private volatile Thread waiter;
    private int col;
    private int row;
    private int lost;

    EchoProbe(String name) {
        this.name = name;
    }

    void connect(Sender s) {
        this.sender = s;
    }

    @Override
    public void onBytes(byte[] buf, int off, int len) {
        gate.feed(buf, off, len);
        ready.feed(buf, off, len);
        int e = expected;
        if (e < 0) {
            return;
        }
        for (int i = off; i < off + len; i++) {
            if (buf[i] == e) {
                arrivedAt = System.nanoTime();
                expected = -1;
                LockSupport.unpark(waiter);
                return;
            }
        }
    }

    MarkerWatch ready() {
        return ready;
    }

    /** Seen once the gated shell runs (through a tmux client: once the client draws it). */
    MarkerWatch gate() {
        return gate;
    }

    /** One keystroke's round trip in ns; fails once more than a few keys were lost. */
    long keystroke() throws IOException {
        while (true) {
            if (col == ROW) {
                sender.send(CLEAR_ROW);
                LockSupport.parkNanos(3_000_000L);
                col = 0;
                row++;
            }
            byte key = KEYS[(row + col) % KEYS.length];
            col++;
            long rt = roundTrip(key);
            if (rt >= 0) {
                return rt;
            }
            if (++lost > MAX_LOST) {
                throw new IOException(name + ": " + lost + " keystrokes never came back");
            }
        }
    }

    private long roundTrip(byte key) throws IOException {
        waiter = Thread.currentThread();
        arrivedAt = 0;
        expected = key;
        long t0 = System.nanoTime();
        sender.send(new byte[] {key});
        while (arrivedAt == 0) {
            long left = ROUND_TRIP_TIMEOUT_NANOS - (System.nanoTime() - t0);
            if (left <= 0) {
                expected = -1;
                return -1;
            }
            LockSupport.parkNanos(left);
        }
        return arrivedAt - t0;
    }
}
