package dev.linger.term;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;

/**
 * What must hold after any output whatever: the screen has exactly its rows, no line (on the
 * screen or in the scrollback) holds more cells than the screen is wide, the cursor is on the
 * screen and the title is capped. The core keeps one char per cell (a wide character is followed
 * by a filler char, a surrogate pair takes two cells), so a line's chars are its cells. Shared by
 * the hostile-output regression tests and the fuzz tests.
 */
final class ScreenBoundsCheck {
    static final int MAX_CHARS_PER_CELL = 1;

    private ScreenBoundsCheck() {
    }

    /** Throws an {@link AssertionError} naming the first bound {@code engine} breaks. */
    static void check(TerminalEngine engine) {
        check(engine, engine.columns());
    }

    /**
     * The same, for an engine that may have been wider: lines keep the width they scrolled off
     * at, so scrollback lines are bounded by the widest the screen has been.
     */
    static void check(TerminalEngine engine, int widestEver) {
        TerminalTextBuffer buffer = engine.textBuffer();
        int width = engine.columns();
        int height = engine.rows();
        buffer.lock();
        try {
            if (buffer.getScreenLinesCount() > height) {
                fail("the screen holds " + buffer.getScreenLinesCount() + " lines, more than its " + height + " rows");
            }
            for (int y = 0; y < height; y++) {
                checkLine(buffer.getLine(y), width, "screen row " + y);
            }
            if (buffer.isUsingAlternateBuffer()) {
                var main = engine.engineTerminal().mainScreenWhileAlternate();
                if (main.getLineCount() > height) {
                    fail("the main screen holds " + main.getLineCount() + " lines, more than its " + height + " rows");
                }
            }
            if (buffer.getHistoryBuffer().getLineCount() != 0) {
                fail("the emulator kept " + buffer.getHistoryBuffer().getLineCount() + " history lines after a feed");
            }
            int x = engine.terminal().getCursorX();
            int y = engine.terminal().getCursorY();
            if (x < 1 || x > width + 1 || y < 1 || y > height) {
                fail("the cursor is at column " + x + ", row " + y + ", outside the " + width + "x" + height + " screen");
            }
            ScrollbackStore scrollback = engine.scrollback();
            for (int i = 0; i < scrollback.size(); i++) {
                if (scrollback.text(i).length() > MAX_CHARS_PER_CELL * widestEver) {
                    fail("scrollback line " + i + " holds " + scrollback.text(i).length() + " chars, too many for " + widestEver + " cells");
                }
            }
            if (engine.title().length() > EngineTerminal.MAX_TITLE_CHARS) {
                fail("the title holds " + engine.title().length() + " chars");
            }
        } finally {
            buffer.unlock();
        }
    }

    private static void checkLine(TerminalLine line, int width, String where) {
        int chars = line.getText().length();
        if (chars > MAX_CHARS_PER_CELL * width) {
            fail(where + " holds " + chars + " chars, too many for the screen's " + width + " cells");
        }
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
