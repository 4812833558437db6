package dev.linger.view;

/** A position between cells: absolute line number and column boundary (0 = before the first cell). */
public record GridPos(long line, int col) implements Comparable<GridPos> {
    @Override
    public int compareTo(GridPos o) {
        int c = Long.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    public static GridPos min(GridPos a, GridPos b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static GridPos max(GridPos a, GridPos b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
