package dev.linger.view;

/**
 * A row's text with the cell each character starts in, so matches found in the text (search,
 * URLs) map back to columns even when wide characters take two cells.
 */
final class RowText {
    final String text;
    private final int[] columnOfChar;
    private final int columns;

    private RowText(String text, int[] columnOfChar, int columns) {
        this.text = text;
        this.columnOfChar = columnOfChar;
        this.columns = columns;
    }

    static RowText of(CellRow row) {
        StringBuilder sb = new StringBuilder(row.columns());
        int[] cols = new int[row.columns() * 2 + 1];
        for (int c = 0; c < row.columns(); c++) {
            if ((row.flags(c) & CellRow.CONTINUATION) != 0) {
                continue;
            }
            int cp = row.codePoint(c);
            int before = sb.length();
            sb.appendCodePoint(cp == 0 ? ' ' : cp);
            for (int i = before; i < sb.length(); i++) {
                cols[i] = c;
            }
        }
        cols[sb.length()] = row.columns();
        return new RowText(sb.toString(), cols, row.columns());
    }

    /** The first cell of the character at {@code index}; the text's length maps past the last cell. */
    int column(int index) {
        if (index >= text.length()) {
            return columns;
        }
        return columnOfChar[index];
    }

    /** The cell boundary just after the character before {@code endIndex}. */
    int endColumn(int endIndex, CellRow row) {
        if (endIndex <= 0) {
            return 0;
        }
        int c = column(endIndex - 1);
        return c + ((row.flags(c) & CellRow.WIDE) != 0 ? 2 : 1);
    }
}
