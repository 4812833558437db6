package dev.linger.term;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;

/**
 * The core's text buffer, except that a line scrolled in with the default background starts
 * empty instead of full of NUL cells. The two look the same, but the core rewrites a whole line
 * on every write that lands inside its length, while writing past the end only appends: with
 * empty new lines, ordinary output (text written left to right) takes the append path.
 */
final class EngineTextBuffer extends TerminalTextBuffer {
    private static final TerminalLine.TextEntry EMPTY_LINE = new TerminalLine.TextEntry(TextStyle.EMPTY, new CharBuffer(new char[0], 0, 0));
    private final StyleState style;

    EngineTextBuffer(int width, int height, StyleState style) {
        super(width, height, style, Integer.MAX_VALUE, null);
        this.style = style;
    }

    @Override
    public LinesBuffer deleteLines(int y, int count, int scrollRegionBottom) {
        TextStyle current = style.getCurrent();
        if (current.getBackground() == null && !current.hasOption(TextStyle.Option.INVERSE)) {
            // Same as the core's, but the lines scrolled in are empty rather than a full row
            // of NULs (which the core would build here only for the next write to rewrite).
            return getScreenBuffer().deleteLines(y, count, scrollRegionBottom - 1, EMPTY_LINE);
        }
        return super.deleteLines(y, count, scrollRegionBottom);
    }
}
