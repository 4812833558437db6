package dev.linger.view;

import dev.linger.term.TerminalEngine;

import javax.swing.BoundedRangeModel;
import javax.swing.DefaultBoundedRangeModel;
import java.awt.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in history and screen a {@link TerminalView} looks: its {@link Viewport} over the
 * {@link LineSource}, read under the emulator's lock (the reader thread moves the lines), and the
 * scrollbar's model beside it. Each frame sets the model from the viewport; only a change the
 * user makes to the model (dragging the bar, its arrows) moves the viewport back. Model value:
 * history lines above the first visible row; extent: the rows shown. Event thread only.
 */
final class ViewScroller {
    private final TerminalEngine engine;
    private final LineSource lines;
    private final Viewport viewport;
    private final FrameScheduler frames;
    private final DefaultBoundedRangeModel model = new DefaultBoundedRangeModel(0, 1, 0, 1);
    private boolean updatingModel;

    ViewScroller(TerminalEngine engine, LineSource lines, Viewport viewport, FrameScheduler frames) {
        this.engine = engine;
        this.lines = lines;
        this.viewport = viewport;
        this.frames = frames;
        model.addChangeListener(e -> {
            if (!updatingModel) {
                scrollToModelValue();
            }
        });
    }

    BoundedRangeModel model() {
        return model;
    }

    /** Scrolls by {@code n} lines, negative towards older output. */
    void scrollBy(int n) {
        EngineLock.run(engine, () -> viewport.scrollBy(n, lines.historySize(), lines.totalAppended()));
        frames.request();
    }

    void scrollToBottom() {
        viewport.scrollToBottom();
        frames.request();
    }

    boolean following() {
        return viewport.following();
    }

    /** The absolute line shown in the view's first row. */
    long topLine() {
        return EngineLock.read(engine, this::top);
    }

    /** Lines of history above the first visible row (0 when following). */
    int linesScrolledBack() {
        return EngineLock.read(engine, () -> (int) (lines.totalAppended() - top()));
    }

    /** Scrolls just enough that absolute line {@code line} is among the {@code rows} shown. */
    void reveal(long line, int rows) {
        EngineLock.run(engine, () -> viewport.reveal(line, rows, lines.historySize(), lines.totalAppended()));
    }

    /** The cursor's cell: its column, and its row among the view's rows (outside them when scrolled back). */
    Point cursorCell() {
        return EngineLock.read(engine, () -> {
            int x = engine.terminal().getCursorX() - 1;
            int y = engine.terminal().getCursorY() - 1;
            return new Point(x, (int) (lines.totalAppended() + y - top()));
        });
    }

    /** The rows the view shows (history when scrolled back), as text without trailing blanks. */
    List<String> visibleText(ColorScheme colors) {
        return EngineLock.read(engine, () -> {
            long top = top();
            List<String> out = new ArrayList<>();
            CellRow row = new CellRow();
            for (int r = 0; r < engine.rows(); r++) {
                row.load(lines.line(top + r), engine.columns(), colors);
                out.add(row.text(0, row.columns()).stripTrailing());
            }
            return out;
        });
    }

    /** A frame, holding the lock: sets the scrollbar's model to what the view shows, without moving it. */
    void syncModel(int historySize, long totalAppended, int rows) {
        int value = viewport.linesAbove(historySize, totalAppended);
        int max = historySize + rows;
        if (model.getValue() != value || model.getMaximum() != max || model.getExtent() != rows) {
            updatingModel = true;
            try {
                model.setRangeProperties(value, rows, 0, max, false);
            } finally {
                updatingModel = false;
            }
        }
    }

    /** Caller holds the lock. */
    private long top() {
        return viewport.top(lines.historySize(), lines.totalAppended());
    }

    private void scrollToModelValue() {
        EngineLock.run(engine, () -> viewport.scrollTo(lines.firstLine() + model.getValue(), lines.historySize(), lines.totalAppended()));
        frames.request();
    }
}
