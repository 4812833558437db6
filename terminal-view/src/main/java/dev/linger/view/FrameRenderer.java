package dev.linger.view;

import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.CharUtils;
import dev.linger.term.TerminalEngine;

import javax.swing.Timer;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@link TerminalView}'s frames and painting, on the event thread. A frame (at most one per
 * display refresh, from the {@link FrameScheduler}) syncs the scrollbar and compares a signature
 * of each visible row (its text and colours, plus cursor, selection, search, link and blink) with
 * the one last painted, and repaints only the rows that changed. Painting copies those rows out
 * of the emulator into reused {@link CellRow}s under its lock, then draws them without holding
 * it. The visual bell's flash is a frame state too: set from the reader thread, shown here.
 */
final class FrameRenderer {
    private static final long BELL_NANOS = 150_000_000L;

    private final TerminalView view;
    private final TerminalEngine engine;
    private final LineSource lines;
    private final Viewport viewport;
    private final SearchModel search;
    private final CursorBlink blink;
    private final ViewScroller scroller;
    private final FrameScheduler frames;

    private volatile long bellUntil;
    private boolean bellShown;
    private long[] paintedRows = new long[0];
    private CellRow[] rowBuffers = new CellRow[0];

    FrameRenderer(TerminalView view, TerminalEngine engine, LineSource lines, Viewport viewport, SearchModel search,
                  CursorBlink blink, ViewScroller scroller, FrameScheduler frames) {
        this.view = view;
        this.engine = engine;
        this.lines = lines;
        this.viewport = viewport;
        this.search = search;
        this.blink = blink;
        this.scroller = scroller;
        this.frames = frames;
    }

    /** The next frame repaints every row, whatever it looked like before. */
    void forgetPaintedRows() {
        paintedRows = new long[0];
    }

    /**
     * Reader thread: the program rang the bell. Starts a flash unless one is showing or has just
     * ended (a program ringing in a loop flashes once per flash, not continuously); true when it
     * did, and a frame should show it.
     */
    boolean ringBell() {
        long now = System.nanoTime();
        if (now > bellUntil + BELL_NANOS) {
            bellUntil = now + BELL_NANOS;
            return true;
        }
        return false;
    }

    /** Per frame: sync the scrollbar, then repaint the rows whose look changed since last painted. */
    void frame() {
        int rowCount;
        boolean all;
        boolean[] dirty;
        boolean bell = System.nanoTime() < bellUntil;
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            rowCount = engine.rows();
            int hs = lines.historySize();
            long total = lines.totalAppended();
            scroller.syncModel(hs, total, rowCount);
            long top = viewport.top(hs, total);
            view.selectionModel().dropIfOverwritten(total);
            all = paintedRows.length != rowCount || bell != bellShown;
            if (paintedRows.length != rowCount) {
                paintedRows = new long[rowCount];
            }
            dirty = new boolean[rowCount];
            CursorState cursor = cursorState(total);
            for (int r = 0; r < rowCount; r++) {
                long abs = top + r;
                long sig = lines.signature(abs) * 31 + overlaySignature(abs, cursor);
                if (all || sig != paintedRows[r]) {
                    paintedRows[r] = sig;
                    dirty[r] = true;
                }
            }
        } finally {
            tb.unlock();
        }
        boolean bellStarted = bell && !bellShown;
        bellShown = bell;
        if (bellStarted) {
            // One more frame when the flash is over, to take it away.
            Timer end = new Timer((int) (BELL_NANOS / 1_000_000) + 5, e -> frames.request());
            end.setRepeats(false);
            end.start();
        }
        if (all) {
            view.repaint();
            return;
        }
        Insets in = view.getInsets();
        int ch = view.cellMetrics().height();
        for (int r = 0; r < rowCount; ) {
            if (!dirty[r]) {
                r++;
                continue;
            }
            int end = r;
            while (end < rowCount && dirty[end]) {
                end++;
            }
            view.repaint(0, in.top + r * ch, view.getWidth(), (end - r) * ch);
            r = end;
        }
    }

    /** Where and how the cursor shows this frame. Caller holds the lock. */
    private record CursorState(long line, int col, boolean visible, CursorShape shape, boolean focused) {
    }

    private CursorState cursorState(long totalAppended) {
        int x = engine.terminal().getCursorX() - 1;
        int y = engine.terminal().getCursorY() - 1;
        CursorShape shape = engine.display().cursorShape();
        if (shape == null) {
            shape = CursorShape.BLINK_BLOCK;
        }
        boolean focused = view.isFocusOwner();
        boolean blinkVisible = !focused || !shape.isBlinking() || blink.on();
        boolean visible = engine.display().cursorVisible() && blinkVisible;
        return new CursorState(totalAppended + y, Math.max(0, Math.min(engine.columns() - 1, x)), visible, shape, focused);
    }

    /** Everything besides the text that changes how a line looks. */
    private long overlaySignature(long abs, CursorState cursor) {
        long h = 17;
        Selection s = view.selection();
        if (s != null) {
            int[] span = s.span(abs, engine.columns());
            if (span != null) {
                h = h * 31 + span[0] * 1009L + span[1];
            }
        }
        if (abs == cursor.line) {
            h = h * 31 + 1 + cursor.col * 7L + (cursor.visible ? 3 : 0) + cursor.shape.ordinal() * 101L
                    + (cursor.focused ? 5 : 0) + view.preedit().hashCode() * 13L;
        }
        if (search.active()) {
            h = h * 31 + System.identityHashCode(search.pattern());
            SearchModel.Match m = search.current();
            if (m != null && m.line() == abs) {
                h = h * 31 + m.startCol() + 1;
            }
        }
        HoverLink link = view.hoverLink();
        if (link != null && link.line() == abs) {
            h = h * 31 + link.startCol() * 3L + link.endCol();
        }
        TerminalLine line = lines.line(abs);
        if (line != null && !blink.on() && LineSignature.blinks(line)) {
            h = h * 31 + 7;
        }
        return h;
    }

    /** Paints the rows the clip touches, the cursor, and the bell's tint. */
    void paint(Graphics2D g) {
        applyRenderingHints(g);
        ColorScheme colors = view.colorScheme();
        TerminalPainter painter = view.painter();
        Rectangle clip = g.getClipBounds();
        if (clip == null) {
            clip = new Rectangle(0, 0, view.getWidth(), view.getHeight());
        }
        g.setColor(colors.awt(colors.background()));
        g.fillRect(clip.x, clip.y, clip.width, clip.height);
        Insets in = view.getInsets();
        int ch = view.cellMetrics().height();
        int first;
        int last;
        CursorState cursor;
        long top;
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            int rowCount = engine.rows();
            int cols = engine.columns();
            first = Math.max(0, (clip.y - in.top) / ch);
            last = Math.min(rowCount - 1, (clip.y + clip.height - 1 - in.top) / ch);
            if (rowBuffers.length < rowCount) {
                CellRow[] grown = Arrays.copyOf(rowBuffers, rowCount);
                for (int i = rowBuffers.length; i < rowCount; i++) {
                    grown[i] = new CellRow();
                }
                rowBuffers = grown;
            }
            long total = lines.totalAppended();
            top = viewport.top(lines.historySize(), total);
            cursor = cursorState(total);
            for (int r = first; r <= last; r++) {
                long abs = top + r;
                CellRow row = rowBuffers[r];
                row.load(lines.line(abs), cols, colors);
                decorate(row, abs, cursor, colors);
            }
        } finally {
            tb.unlock();
        }
        painter.setBlinkingTextVisible(blink.on());
        for (int r = first; r <= last; r++) {
            painter.paintRow(g, rowBuffers[r], in.left, in.top + r * ch);
        }
        int cursorRow = (int) (cursor.line - top);
        if (cursor.visible && cursorRow >= first && cursorRow <= last) {
            int col = cursor.col + preeditColumns();
            if (col < engine.columns()) {
                CellRow row = rowBuffers[cursorRow];
                int cells = (row.flags(col) & CellRow.WIDE) != 0 ? 2 : 1;
                Rectangle cell = view.cellBounds(col, cursorRow);
                painter.paintCursorOverlay(g, cursor.shape, cursor.focused, cell.x, cell.y, cells);
            }
        }
        if (bellShown) {
            java.awt.Color fg = colors.awt(colors.foreground());
            g.setColor(new java.awt.Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 60));
            g.fillRect(clip.x, clip.y, clip.width, clip.height);
        }
    }

    private int preeditColumns() {
        String preedit = view.preedit();
        int n = 0;
        for (int i = 0; i < preedit.length(); ) {
            int cp = preedit.codePointAt(i);
            i += Character.charCount(cp);
            n += CharUtils.isDoubleWidthCharacter(cp, false) ? 2 : 1;
        }
        return n;
    }

    /** Applies search matches, the selection, a hovered link, IME text and a block cursor to a row. */
    private void decorate(CellRow row, long abs, CursorState cursor, ColorScheme colors) {
        if (search.active()) {
            List<SearchModel.Match> found = new ArrayList<>();
            SearchModel.collect(search.pattern(), row, abs, found);
            SearchModel.Match current = search.current();
            for (SearchModel.Match m : found) {
                boolean isCurrent = current != null && current.line() == abs && current.startCol() == m.startCol();
                row.recolor(m.startCol(), m.endCol(), isCurrent ? colors.currentMatchBackground() : colors.matchBackground(),
                        colors.matchForeground());
            }
        }
        Selection s = view.selection();
        if (s != null) {
            int[] span = s.span(abs, row.columns());
            if (span != null) {
                row.recolor(span[0], span[1], colors.selectionBackground(), colors.selectionForeground());
            }
        }
        HoverLink link = view.hoverLink();
        if (link != null && link.line() == abs) {
            row.addFlags(link.startCol(), link.endCol(), CellRow.LINK);
        }
        if (abs == cursor.line) {
            String preedit = view.preedit();
            if (!preedit.isEmpty()) {
                row.overwrite(cursor.col, preedit, colors.foreground(), colors.background());
            }
            int col = cursor.col + preeditColumns();
            boolean block = cursor.shape == CursorShape.BLINK_BLOCK || cursor.shape == CursorShape.STEADY_BLOCK;
            if (cursor.visible && cursor.focused && block && col < row.columns()) {
                int start = row.glyphStart(col);
                int cells = (row.flags(start) & CellRow.WIDE) != 0 ? 2 : 1;
                row.recolor(start, start + cells, colors.cursor(), colors.cursorText());
            }
        }
    }

    private static void applyRenderingHints(Graphics2D g) {
        Object desktopHints = Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
        if (desktopHints instanceof Map<?, ?> map) {
            g.addRenderingHints(map);
        } else {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    }
}
