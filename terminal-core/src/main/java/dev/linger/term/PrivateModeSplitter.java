package dev.linger.term;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pass over the output before the emulator core's parser, for two things the core gets wrong.
 * A DEC private mode sequence with several modes ({@code CSI ? 1000 ; 1006 h}, as ncurses sends
 * for SGR mouse reporting) becomes one sequence per mode, because the core acts only on the first
 * mode of such a sequence. An SGR that turns strikethrough on or off (9, 29, or a reset), which the
 * core ignores, is followed by a private OSC 1341 command that {@link EngineTerminal} acts on in
 * stream order. Everything else passes through unchanged. A sequence split across reads is held
 * back until it is complete. Runs on the reader thread.
 */
final class PrivateModeSplitter {
    /** First argument of the OSC 1341 command; the second is 1 (on) or 0 (off). */
    static final String STRIKE_COMMAND = "linger-strike";
    private static final byte[] STRIKE_ON = ("\u001b]1341;" + STRIKE_COMMAND + ";1\u0007").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STRIKE_OFF = ("\u001b]1341;" + STRIKE_COMMAND + ";0\u0007").getBytes(StandardCharsets.US_ASCII);
    private static final int NO_CHANGE = 0;
    private static final int ON = 1;
    private static final int OFF = 2;

    private static final int GROUND = 0;
    private static final int ESC = 1;
    private static final int CSI = 2;
    private static final int PRIVATE = 3;
    private static final int PARAMS = 4;
    /** Longer sequences are passed through as they are: no mode list or SGR worth rewriting is this long. */
    private static final int MAX_PENDING = 256;

    private int state = GROUND;
    private final byte[] pending = new byte[MAX_PENDING + 1];
    private int pendingLength;
    private byte[] out = new byte[64];
    private int outLength;
    /** Whether a reset may need to turn strikethrough off; a reset needs no command otherwise. */
    private boolean strikeMayBeOn;
    private final int[] args = new int[MAX_PENDING];
    private final boolean[] subParams = new boolean[MAX_PENDING];

    private byte[] result;
    private int resultOffset;
    private final boolean scanAhead;

    PrivateModeSplitter() {
        this(true);
    }

    /**
     * {@code scanAhead} off looks at every byte of output that needs any rewriting one by one,
     * as the pass first did (to compare against); on, the stretches between the sequences that
     * need it are copied whole.
     */
    PrivateModeSplitter(boolean scanAhead) {
        this.scanAhead = scanAhead;
    }

    /**
     * Tells the pass whether the emulator has strikethrough anywhere it could come back from (the
     * pen or the saved cursor). While it has not, resets (the common {@code CSI 0 m}) need no
     * command and output full of them keeps the no-copy path.
     */
    void strikeInUse(boolean inUse) {
        strikeMayBeOn = inUse;
    }

    /**
     * Looks at {@code len} bytes of output; then {@link #result()}, {@link #offset()} and
     * {@link #length()} are what to feed the emulator (valid until the next call). Output with
     * nothing to rewrite is handed back as it is, without copying.
     */
    void process(byte[] in, int off, int len) {
        int end = off + len;
        if (state == GROUND && clearUpTo(in, off, end) == end) {
            result = in;
            resultOffset = off;
            outLength = len;
            return;
        }
        outLength = 0;
        ensure(len + pendingLength + 16);
        for (int i = off; i < end; ) {
            if (state == GROUND && scanAhead) {
                // Stepping these bytes would pass them on unchanged; an unfinished sequence
                // among them is ended by the ESC at the stop, which is stepped next.
                int stop = clearUpTo(in, i, end);
                emit(in, i, stop);
                i = stop;
                if (i == end) {
                    break;
                }
            }
            step(in[i++]);
        }
        result = out;
        resultOffset = 0;
    }

    /** Bytes held back as the unfinished start of a sequence. */
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
            case CSI -> {
                if (b == '?') {
                    hold(b);
                    state = PRIVATE;
                } else if (isParam(b)) {
                    hold(b);
                    state = PARAMS;
                } else if (b == 'm') {
                    finishSgr(b);
                    state = GROUND;
                } else {
                    flushThen(b);
                }
            }
            case PARAMS -> {
                if (isParam(b)) {
                    holdOrGiveUp(b);
                } else if (b == 'm') {
                    finishSgr(b);
                    state = GROUND;
                } else {
                    flushThen(b);
                }
            }
            default -> {
                if ((b >= '0' && b <= '9') || b == ';') {
                    holdOrGiveUp(b);
                } else if (b == 'h' || b == 'l') {
                    finishModes(b);
                    state = GROUND;
                } else {
                    flushThen(b);
                }
            }
        }
    }

    private void holdOrGiveUp(byte b) {
        if (pendingLength >= MAX_PENDING) {
            flush();
            emit(b);
            state = GROUND;
        } else {
            hold(b);
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

    /** A complete {@code ESC [ params m}: passed on, then the strikethrough command if it changes it. */
    private void finishSgr(byte finalByte) {
        int effect = strikeEffect(pending, 2, pendingLength);
        hold(finalByte);
        flush();
        if (effect == ON) {
            strikeMayBeOn = true;
            emit(STRIKE_ON);
        } else if (effect == OFF && strikeMayBeOn) {
            // Stays set: a later restore-cursor in this output may bring a struck pen back.
            emit(STRIKE_OFF);
        }
    }

    /** A complete {@code ESC [ ? params final}: one sequence per parameter. */
    private void finishModes(byte finalByte) {
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
        ensure(outLength + pendingLength * 4 + 16);
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

    /**
     * What the SGR parameters {@code b[from, to)} do to strikethrough: the last of 9 (on), 29 or
     * 0 (off) wins; no parameters at all is a reset. Parameters are split as the core splits
     * them, so both agree on which numbers are attributes: an empty parameter is skipped (a
     * trailing one counts as 0), and {@code 38;5;n} / {@code 38;2;r;g;b} (48, 58 alike) are
     * colours whose numbers are not attributes. A parameter with colons ({@code 38:5:9},
     * {@code 4:3}) is a colour or an underline style, never strikethrough.
     */
    int strikeEffect(byte[] b, int from, int to) {
        int cur = 0;
        int digits = 0;
        boolean anyDigit = false;
        args[0] = 0;
        subParams[0] = false;
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                args[cur] = Math.min(args[cur] * 10 + (c - '0'), 1_000_000);
                digits++;
                anyDigit = true;
            } else if (c == ';') {
                if (digits > 0 && cur + 1 < args.length) {
                    cur++;
                    args[cur] = 0;
                    subParams[cur] = false;
                    digits = 0;
                }
            } else {
                subParams[cur] = true;
            }
        }
        int argc = cur + (anyDigit ? 1 : 0);
        if (argc == 0) {
            return OFF;
        }
        int effect = NO_CHANGE;
        for (int i = 0; i < argc; ) {
            int v = args[i];
            if (subParams[i]) {
                i++;
            } else if (v == 9) {
                effect = ON;
                i++;
            } else if (v == 0 || v == 29) {
                effect = OFF;
                i++;
            } else if (v == 38 || v == 48 || v == 58) {
                i += colourLength(i, argc);
            } else {
                i++;
            }
        }
        return effect;
    }

    /** Parameters taken by the colour starting at {@code i}; the core reads a bad RGB as attributes. */
    private int colourLength(int i, int argc) {
        int kind = i + 1 < argc ? args[i + 1] : 0;
        if (kind == 5) {
            return 3;
        }
        if (kind == 2) {
            if (i + 4 >= argc) {
                return 1;
            }
            for (int k = i + 2; k <= i + 4; k++) {
                if (args[k] > 255) {
                    return 1;
                }
            }
            return 5;
        }
        return 1;
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

    private void emit(byte[] bytes) {
        for (byte b : bytes) {
            emit(b);
        }
    }

    /** {@code in[from, to)}, as they are. */
    private void emit(byte[] in, int from, int to) {
        int n = to - from;
        ensure(outLength + n);
        System.arraycopy(in, from, out, outLength, n);
        outLength += n;
    }

    /** Room for {@code capacity} bytes of output, keeping what is already written. */
    private void ensure(int capacity) {
        if (out.length < capacity) {
            out = Arrays.copyOf(out, Math.max(capacity, out.length * 2));
        }
    }

    private static boolean isParam(byte b) {
        return (b >= '0' && b <= '9') || b == ';' || b == ':';
    }

    /**
     * Where in {@code in[from, end)} rewriting may be needed: the ESC of the first private mode
     * sequence ("ESC [ ?"), SGR that changes strikethrough, or sequence too close to the end to
     * tell; {@code end} if there is none. Output full of colour SGRs has many ESCs but, without
     * strikethrough, none of these. From GROUND, stepping the bytes before it passes them on
     * unchanged.
     */
    private int clearUpTo(byte[] in, int from, int end) {
        for (int i = from; i < end; i++) {
            if (in[i] != 0x1b) {
                continue;
            }
            if (i + 1 >= end) {
                return i;
            }
            if (in[i + 1] != '[') {
                continue;
            }
            int start = i + 2;
            if (start >= end || in[start] == '?') {
                return i;
            }
            int p = start;
            while (p < end && isParam(in[p])) {
                p++;
            }
            if (p >= end) {
                return i;
            }
            // Without a 9 an SGR can only turn strikethrough off, which matters only if it may be
            // on. Same length limit as the rewriting path, which passes longer ones through.
            if (in[p] == 'm' && (strikeMayBeOn || hasNine(in, start, p)) && p - start <= MAX_PENDING - 2) {
                int effect = strikeEffect(in, start, p);
                if (effect == ON || (effect == OFF && strikeMayBeOn)) {
                    return i;
                }
            }
            i = p - 1;   // the byte at p (maybe an ESC) is looked at next
        }
        return end;
    }

    /**
     * Whether a parameter of {@code b[from, to)} is 9 (written 9, 09, 009...): without one,
     * {@link #strikeEffect} cannot find strikethrough turned on. A parameter with anything but
     * digits is a sub-parameter list, which never is.
     */
    private static boolean hasNine(byte[] b, int from, int to) {
        boolean zeros = true;       // the parameter so far is empty or zeros
        boolean nine = false;       // ... or zeros then a 9
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c == ';') {
                if (nine) {
                    return true;
                }
                zeros = true;
            } else if (c == '0' && zeros) {
                continue;
            } else if (c == '9' && zeros) {
                zeros = false;
                nine = true;
            } else {
                zeros = false;
                nine = false;
            }
        }
        return nine;
    }
}
