package dev.linger.view;

/**
 * Selected text: either a stream from {@code start} to {@code end} (reading order, as text
 * flows across lines) or a block, the rectangle with those two corners (Alt+drag).
 */
public record Selection(GridPos start, GridPos end, boolean block) {
    public Selection {
        if (block) {
            GridPos s = new GridPos(Math.min(start.line(), end.line()), Math.min(start.col(), end.col()));
            GridPos e = new GridPos(Math.max(start.line(), end.line()), Math.max(start.col(), end.col()));
            start = s;
            end = e;
        } else if (start.compareTo(end) > 0) {
            GridPos t = start;
            start = end;
            end = t;
        }
    }

    public boolean isEmpty() {
        return block ? start.col() == end.col() : start.equals(end);
    }

    /** The columns [from, to) selected on line {@code abs} of a grid {@code columns} wide, or null. */
    public int[] span(long abs, int columns) {
        if (isEmpty() || abs < start.line() || abs > end.line()) {
            return null;
        }
        int from;
        int to;
        if (block) {
            from = start.col();
            to = end.col();
        } else {
            from = abs == start.line() ? start.col() : 0;
            to = abs == end.line() ? end.col() : columns;
        }
        from = Math.max(0, Math.min(columns, from));
        to = Math.max(0, Math.min(columns, to));
        return from < to ? new int[] {from, to} : null;
    }
}
