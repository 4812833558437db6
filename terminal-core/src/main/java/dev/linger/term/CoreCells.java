package dev.linger.term;

import com.techsenger.jeditermfx.core.util.CharUtils;

/**
 * How many cells the emulator core lays one character out in: one per UTF-16 unit, and a filler
 * cell after a wide one. So a character beyond the BMP takes two cells (its two halves), or three
 * when it is wide (high half, filler, low half). The feed cuts runs of text and moves text that
 * cannot fit by this count, so that a surrogate pair is never split between two rows.
 */
final class CoreCells {
    private CoreCells() {
    }

    /** Cells of the character {@code codePoint} (a lone surrogate is one unit, hence one cell). */
    static int of(int codePoint, boolean ambiguousWide) {
        int cells = codePoint > 0xA0 && CharUtils.isDoubleWidthCharacter(codePoint, ambiguousWide) ? 2 : 1;
        return Character.isSupplementaryCodePoint(codePoint) ? cells + 1 : cells;
    }
}
