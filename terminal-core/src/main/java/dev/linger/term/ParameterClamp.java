package dev.linger.term;

/**
 * Counts and coordinates from the program's escape sequences, brought within the screen before
 * the emulator core acts on them, as xterm and tmux do. The core trusts them: a delete of two
 * billion characters makes it allocate a line that long, a huge insert-lines or scroll-down
 * loops that many times and grows the screen past its height, a line position past the screen
 * or a scroll region upside down leaves the cursor outside it. A count or coordinate at least as
 * large as the screen acts exactly as one equal to the screen's size, so valid output is
 * unaffected.
 *
 * <p>The core reads parameters into an {@code int} without checking for overflow, so a long run
 * of digits arrives here as any number, negative ones included: a negative count or coordinate
 * can only be such an overflow, and is taken as the huge number it was.
 */
final class ParameterClamp {
    private ParameterClamp() {
    }

    /** A repeat count (characters, lines, cells to move) at most {@code limit}; overflowed ones are {@code limit}. */
    static int count(int value, int limit) {
        int max = Math.max(limit, 0);
        return value < 0 || value > max ? max : value;
    }

    /** A 1-based row or column within {@code 1..limit}; 0 means 1 (the default), overflowed ones are {@code limit}. */
    static int position(int value, int limit) {
        if (value < 0 || value > limit) {
            return limit;
        }
        return Math.max(value, 1);
    }
}
