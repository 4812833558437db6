package dev.linger.term;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;

/**
 * What must hold after any output whatever: the screen has exactly its rows, no line (on the
 * screen, on the main screen behind the alternate one, or in the scrollback) holds more cells
 * than the screen is wide, the cursor is on the screen and the title is capped. Shared by the
 * hostile-output regression tests and the fuzz tests.
 */
final class ScreenBoundsCheck {
    private ScreenBoundsCheck() {
    }

    /** Throws an {@link AssertionError} naming the first bound {@code engine} breaks. */
    static void check(TerminalEngine engine) {
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
                if (scrollback.text(i).length() > width) {
                    fail("scrollback line " + i + " holds " + scrollback.text(i).length() + " cells, wider than " + width);
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
        int cells = line.getText().length();
        if (cells > width) {
            fail(where + " holds " + cells + " cells, wider than the screen's " + width);
        }
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
