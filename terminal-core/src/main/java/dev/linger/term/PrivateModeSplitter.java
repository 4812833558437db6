package dev.linger.term;

import java.util.Arrays;

/**
 * Rewrites a DEC private mode sequence with several modes ({@code CSI ? 1000 ; 1006 h}, as
 * ncurses sends for SGR mouse reporting) into one sequence per mode, because the emulator core
 * acts only on the first mode of such a sequence. Everything else passes through unchanged.
 * A sequence split across reads is held back until it is complete. Runs on the reader thread.
 */
final class PrivateModeSplitter {
    private static final int GROUND = 0;
    private static final int ESC = 1;
    private static final int CSI = 2;
    private static final int PRIVATE = 3;
    /** Longer parameter lists are not mode lists worth splitting: passed through as they are. */
    private static final int MAX_PENDING = 64;

    private int state = GROUND;
    private final byte[] pending = new byte[MAX_PENDING + 1];
    private int pendingLength;
    private byte[] out = new byte[64];
    private int outLength;

    private byte[] result;
    private int resultOffset;

    /**
     * Looks at {@code len} bytes of output; then {@link #result()}, {@link #offset()} and
     * {@link #length()} are what to feed the emulator (valid until the next call). Output with
     * no mode list in it is handed back as it is, without copying.
     */
    void process(byte[] in, int off, int len) {
        if (state == GROUND && !containsModeList(in, off, len)) {
            result = in;
            resultOffset = off;
            outLength = len;
            return;
        }
        outLength = 0;
        ensure(len + pendingLength + 16);
        for (int i = off, end = off + len; i < end; i++) {
            step(in[i]);
        }
        result = out;
        resultOffset = 0;
    }

    /** Bytes held back as the unfinished start of a mode list. */
    byte[] held() {
        return Arrays.copyOf(pending, pendingLength);
    }

    byte[] result() {
        return result;
    }

    int offset() {
        return resultOffset;
    }

    int length() {
        return outLength;
    }

    private void step(byte b) {
        switch (state) {
            case GROUND -> {
                if (b == 0x1b) {
                    hold(b);
                    state = ESC;
                } else {
                    emit(b);
                }
            }
            case ESC -> advanceOrFlush(b, (byte) '[', CSI);
            case CSI -> advanceOrFlush(b, (byte) '?', PRIVATE);
            default -> {
                if ((b >= '0' && b <= '9') || b == ';') {
                    if (pendingLength >= MAX_PENDING) {
                        flush();
                        emit(b);
                        state = GROUND;
                    } else {
                        hold(b);
                    }
                } else if (b == 'h' || b == 'l') {
                    finish(b);
                    state = GROUND;
                } else {
                    flushThen(b);
                }
            }
        }
    }

    private void advanceOrFlush(byte b, byte expected, int next) {
        if (b == expected) {
            hold(b);
            state = next;
        } else {
            flushThen(b);
        }
    }

    /** Gives up on the held bytes: out they go, then {@code b} is looked at afresh. */
    private void flushThen(byte b) {
        flush();
        state = GROUND;
        step(b);
    }

    /** A complete {@code ESC [ ? params final}: one sequence per parameter. */
    private void finish(byte finalByte) {
        int paramsStart = 3;
        int count = 1;
        for (int i = paramsStart; i < pendingLength; i++) {
            if (pending[i] == ';') {
                count++;
            }
        }
        if (count == 1) {
            hold(finalByte);
            flush();
            return;
        }
        ensure(pendingLength * 4 + 16);
        int start = paramsStart;
        for (int i = paramsStart; i <= pendingLength; i++) {
            if (i == pendingLength || pending[i] == ';') {
                if (i > start) {
                    emit((byte) 0x1b);
                    emit((byte) '[');
                    emit((byte) '?');
                    for (int j = start; j < i; j++) {
                        emit(pending[j]);
                    }
                    emit(finalByte);
                }
                start = i + 1;
            }
        }
        pendingLength = 0;
    }

    private void hold(byte b) {
        pending[pendingLength++] = b;
    }

    private void flush() {
        for (int i = 0; i < pendingLength; i++) {
            emit(pending[i]);
        }
        pendingLength = 0;
    }

    private void emit(byte b) {
        if (outLength == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[outLength++] = b;
    }

    private void ensure(int capacity) {
        if (out.length < capacity) {
            out = new byte[Math.max(capacity, out.length * 2)];
        }
    }

    /**
     * True when the bytes may hold (the start of) a private mode sequence: "ESC [ ?" or an ESC
     * too close to the end to tell. SGR-heavy output has many ESCs but rarely this.
     */
    private static boolean containsModeList(byte[] in, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (in[i] == 0x1b && (i + 2 >= end || (in[i + 1] == '[' && in[i + 2] == '?'))) {
                return true;
            }
        }
        return false;
    }
}
