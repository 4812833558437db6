package dev.linger.term;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.CharUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The core's text buffer, except that a line scrolled in with the default background starts
 * empty instead of full of NUL cells. The two look the same, but the core rewrites a whole line
 * on every write that lands inside its length, while writing past the end only appends: with
 * empty new lines, ordinary output (text written left to right) takes the append path.
 *
 * <p>The core takes the buffer's lock two or three times for every run of text, always inside
 * the engine's own hold of it: a hold inside a hold is only counted here, so that just the
 * outermost one costs the lock's atomic operations.
 *
 * <p>Scrolling the whole screen up one line (every newline at the bottom) moves the lines in the
 * screen's own list instead of through the core's copies of it into three temporary buffers.
 */
final class EngineTextBuffer extends TerminalTextBuffer {
    private static final TerminalLine.TextEntry EMPTY_LINE = new TerminalLine.TextEntry(TextStyle.EMPTY, new CharBuffer(new char[0], 0, 0));
    private static final Field LINES = linesField();
    private final StyleState style;
    private final boolean scrollShortcut;
    /**
     * The thread holding the lock through this class, or null. Written only by that thread while
     * it holds the lock, so a thread finds itself here exactly while it holds it (as in
     * ReentrantLock's own owner check); nobody else ever reads a value it can act on.
     */
    private Thread holder;
    /** How many holds {@link #holder} has taken through this class; the lock itself counts one. */
    private int depth;

    /** {@code scrollShortcut} off scrolls through the core's own code (to compare against). */
    EngineTextBuffer(int width, int height, StyleState style, boolean scrollShortcut) {
        // No text processing (hyperlinks): the buffers the core makes here get none either.
        super(width, height, style, Integer.MAX_VALUE, null);
        this.style = style;
        this.scrollShortcut = scrollShortcut;
    }

    @Override
    public void lock() {
        Thread me = Thread.currentThread();
        if (holder == me) {
            depth++;
            return;
        }
        super.lock();
        holder = me;
        depth = 1;
    }

    @Override
    public boolean tryLock() {
        Thread me = Thread.currentThread();
        if (holder == me) {
            depth++;
            return true;
        }
        if (!super.tryLock()) {
            return false;
        }
        holder = me;
        depth = 1;
        return true;
    }

    @Override
    public void unlock() {
        if (holder != Thread.currentThread()) {
            super.unlock();         // not held through here: the lock's own answer (or error)
            return;
        }
        if (--depth == 0) {
            holder = null;
            super.unlock();
        }
    }

    @Override
    public LinesBuffer deleteLines(int y, int count, int scrollRegionBottom) {
        TextStyle current = style.getCurrent();
        if (current.getBackground() == null && !current.hasOption(TextStyle.Option.INVERSE)) {
            // Same as the core's, but the lines scrolled in are empty rather than a full row
            // of NULs (which the core would build here only for the next write to rewrite).
            LinesBuffer screen = getScreenBuffer();
            if (scrollShortcut && y == 0 && count == 1 && scrollRegionBottom == screen.getLineCount()) {
                return scrollWholeScreenUp(screen);
            }
            return screen.deleteLines(y, count, scrollRegionBottom - 1, EMPTY_LINE);
        }
        return super.deleteLines(y, count, scrollRegionBottom);
    }

    /**
     * The core pads a line shorter than the insertion point with cells that have no style at
     * all, which every reader of cells (encoding, snapshots, painting) would trip over: they are
     * given the default style.
     */
    @Override
    public void insertBlankCharacters(int x, int y, int count) {
        super.insertBlankCharacters(x, y, count);
        TerminalLine line = getLine(y);
        if (line.getEntries().stream().noneMatch(e -> e.getStyle() == null)) {
            return;
        }
        List<TerminalLine.TextEntry> entries = new ArrayList<>(line.getEntries());
        boolean wrapped = line.isWrapped();
        line.clear(EMPTY_LINE);
        int at = 0;
        for (TerminalLine.TextEntry e : entries) {
            line.writeString(at, e.getText(), e.getStyle() == null ? TextStyle.EMPTY : e.getStyle());
            at += e.getLength();
        }
        line.setWrapped(wrapped);
    }

    /** Drops lines of {@code screen} below its {@code rows} rows (the core's resize of the alternate screen can leave some). */
    static void keepRows(LinesBuffer screen, int rows) {
        List<TerminalLine> lines = lines(screen);
        while (lines.size() > rows) {
            lines.remove(lines.size() - 1);
        }
    }

    /**
     * Cuts the lines of {@code screen} to {@code columns} cells (the core's resize reflows the
     * main screen but leaves the alternate one's lines as long as they were), and a wide
     * character or surrogate pair the cut would halve goes whole.
     */
    static void keepColumns(LinesBuffer screen, int columns) {
        for (TerminalLine line : lines(screen)) {
            StringBuilder cells = new StringBuilder();
            for (TerminalLine.TextEntry entry : line.getEntries()) {
                cells.append(entry.getText());
            }
            if (cells.length() <= columns) {
                continue;
            }
            int cut = columns;
            while (cut > 0 && (cells.charAt(cut) == CharUtils.DWC || Character.isLowSurrogate(cells.charAt(cut)))) {
                cut--;
            }
            line.deleteCharacters(cut, cells.length() - cut, TextStyle.EMPTY);
        }
    }

    /**
     * What the core's {@code LinesBuffer.deleteLines(0, 1, last, EMPTY_LINE)} leaves: the top
     * line handed back in a buffer of its own, the others moved up, an empty line at the bottom.
     */
    private static LinesBuffer scrollWholeScreenUp(LinesBuffer screen) {
        List<TerminalLine> lines = lines(screen);
        LinesBuffer removed = new LinesBuffer(null);
        removed.addLines(List.of(lines.remove(0)));
        lines.add(new TerminalLine(EMPTY_LINE));
        return removed;
    }

    @SuppressWarnings("unchecked")
    private static List<TerminalLine> lines(LinesBuffer buffer) {
        try {
            return (ArrayList<TerminalLine>) LINES.get(buffer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the lines of the emulator's screen", e);
        }
    }

    private static Field linesField() {
        try {
            Field f = LinesBuffer.class.getDeclaredField("myLines");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("emulator core changed: no field myLines in LinesBuffer");
        }
    }
}
