package dev.linger.view;

import javax.swing.JComponent;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.function.Supplier;

/**
 * A {@link TerminalView}'s cell grid in pixels: how many columns and rows its size holds, the
 * size it asks its container for (80×24 cells unless set), and which cell a point is in or
 * where a cell is drawn. Cells are as big as the view's fonts make them ({@link CellMetrics});
 * the border's insets lie outside the grid. Event thread only.
 */
final class ViewGrid {
    private final JComponent view;
    private final Supplier<CellMetrics> metrics;
    private int preferredColumns = 80;
    private int preferredRows = 24;

    ViewGrid(JComponent view, Supplier<CellMetrics> metrics) {
        this.view = view;
        this.metrics = metrics;
    }

    int preferredColumns() {
        return preferredColumns;
    }

    int preferredRows() {
        return preferredRows;
    }

    void setPreferred(int columns, int rows) {
        preferredColumns = Math.max(2, columns);
        preferredRows = Math.max(1, rows);
    }

    Dimension preferredSize() {
        return sizeOf(preferredColumns, preferredRows);
    }

    /** Two columns and one row: less would leave the program nothing to draw in. */
    Dimension minimumSize() {
        return sizeOf(2, 1);
    }

    private Dimension sizeOf(int columns, int rows) {
        Insets in = view.getInsets();
        CellMetrics m = metrics.get();
        return new Dimension(columns * m.width() + in.left + in.right, rows * m.height() + in.top + in.bottom);
    }

    /** The columns × rows that fit the component's size, or null before it has one. */
    Dimension fitting() {
        Insets in = view.getInsets();
        int w = view.getWidth() - in.left - in.right;
        int h = view.getHeight() - in.top - in.bottom;
        CellMetrics m = metrics.get();
        return w <= 0 || h <= 0 ? null : new Dimension(m.columnsFor(w), m.rowsFor(h));
    }

    /** The cell (column, row of the view) under a point, clamped to a grid of {@code columns} × {@code rows}. */
    Point cellAt(Point p, int columns, int rows) {
        Insets in = view.getInsets();
        CellMetrics m = metrics.get();
        int col = Math.floorDiv(p.x - in.left, m.width());
        int row = Math.floorDiv(p.y - in.top, m.height());
        return new Point(Math.max(0, Math.min(columns - 1, col)), Math.max(0, Math.min(rows - 1, row)));
    }

    /** The column boundary (0..columns) nearest a point. */
    int boundaryAt(Point p, int columns) {
        Insets in = view.getInsets();
        int col = Math.round((p.x - in.left) / (float) metrics.get().width());
        return Math.max(0, Math.min(columns, col));
    }

    /** Pixel bounds of cell ({@code col}, {@code row}) of the view. */
    Rectangle cellBounds(int col, int row) {
        Insets in = view.getInsets();
        CellMetrics m = metrics.get();
        return new Rectangle(in.left + col * m.width(), in.top + row * m.height(), m.width(), m.height());
    }
}
