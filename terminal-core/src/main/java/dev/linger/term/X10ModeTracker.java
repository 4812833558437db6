package dev.linger.term;

/**
 * Watches the program's output for X10 mouse mode (DECSET 9), which the emulator core ignores:
 * set by {@code CSI ? 9 h}, cleared by {@code CSI ? 9 l}, by switching to another tracking mode
 * (1000, 1002, 1003) and by a full reset ({@code ESC c}). A small state machine that survives
 * sequences split across reads. Runs on the connector's reader thread.
 */
final class X10ModeTracker {
    private static final int GROUND = 0;
    private static final int ESC = 1;
    private static final int CSI = 2;
    private static final int PRIVATE = 3;

    private int state = GROUND;
    private int param;
    private boolean hasNine;
    private boolean hasOtherMouse;
    private volatile boolean enabled;

    boolean enabled() {
        return enabled;
    }

    void scan(byte[] buf, int off, int len) {
        int end = off + len;
        int from = state == GROUND ? firstCandidate(buf, off, end) : off;
        for (int i = from; i < end; i++) {
            int b = buf[i] & 0xFF;
            switch (state) {
                case GROUND -> {
                    if (b == 0x1b) {
                        state = ESC;
                    }
                }
                case ESC -> {
                    if (b == '[') {
                        state = CSI;
                    } else {
                        if (b == 'c') {
                            enabled = false;
                        }
                        state = b == 0x1b ? ESC : GROUND;
                    }
                }
                case CSI -> {
                    if (b == '?') {
                        state = PRIVATE;
                        param = 0;
                        hasNine = false;
                        hasOtherMouse = false;
                    } else {
                        state = b == 0x1b ? ESC : GROUND;
                    }
                }
                default -> privateMode(b);
            }
        }
    }

    /**
     * Where the state machine must start: the first ESC that may begin "ESC [ ?" or "ESC c"
     * (or is too near the end to tell). Ordinary output, even full of colours, has none.
     */
    private static int firstCandidate(byte[] buf, int off, int end) {
        for (int i = off; i < end; i++) {
            if (buf[i] == 0x1b && (i + 2 >= end || buf[i + 1] == 'c' || (buf[i + 1] == '[' && buf[i + 2] == '?'))) {
                return i;
            }
        }
        return end;
    }

    private void privateMode(int b) {
        if (b >= '0' && b <= '9') {
            param = Math.min(100_000, param * 10 + (b - '0'));
            return;
        }
        if (b == ';' || b == 'h' || b == 'l') {
            hasNine |= param == 9;
            hasOtherMouse |= param == 1000 || param == 1002 || param == 1003;
            param = 0;
        }
        if (b == 'h') {
            if (hasNine) {
                enabled = true;
            } else if (hasOtherMouse) {
                enabled = false;
            }
            state = GROUND;
        } else if (b == 'l') {
            if (hasNine) {
                enabled = false;
            }
            state = GROUND;
        } else if (b != ';') {
            state = b == 0x1b ? ESC : GROUND;
        }
    }
}
