package dev.linger.view;

import com.techsenger.jeditermfx.core.model.TerminalLine;

/**
 * Turns selections into text and finds the words and lines that double and triple clicks select.
 * Works on lines from a {@link LineSource}; callers hold the emulator's lock.
 */
public final class SelectionText {
    /** Besides letters and digits, what a double click keeps in a word: paths, URLs, options. */
    private static final String WORD_CHARS = "-#%&+,./:=?@_~";

    private final LineSource lines;
    private final ColorScheme colors;
    private final CellRow row = new CellRow();

    public SelectionText(LineSource lines, ColorScheme colors) {
        this.lines = lines;
        this.colors = colors;
    }

    /**
     * The selected text. Lines end with a newline unless the program's output wrapped there;
     * trailing blanks of each line are dropped, as a reader would expect of copied text.
     */
    public String text(Selection sel, int columns) {
        if (sel.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (long abs = sel.start().line(); abs <= sel.end().line(); abs++) {
            int[] span = sel.span(abs, columns);
            TerminalLine line = lines.line(abs);
            row.load(line, columns, colors);
            boolean last = abs == sel.end().line();
            if (span != null) {
                String part = row.text(span[0], span[1]);
                boolean joinNext = !sel.block() && !last && row.wrapped() && span[1] == columns;
                sb.append(joinNext ? part : part.stripTrailing());
                if (!last && !joinNext) {
                    sb.append('\n');
                }
            } else if (!last) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The word around cell {@code col} of line {@code abs} as [start, end) positions; a blank is its own run. */
    public Selection word(long abs, int col, int columns) {
        row.load(lines.line(abs), columns, colors);
        int c = Math.max(0, Math.min(columns - 1, row.glyphStart(col)));
        int kind = kind(c);
        int from = c;
        while (from > 0 && kind(row.glyphStart(from - 1)) == kind) {
            from = row.glyphStart(from - 1);
        }
        int to = c + 1;
        while (to < columns && kind(to) == kind) {
            to++;
        }
        return new Selection(new GridPos(abs, from), new GridPos(abs, to), false);
    }

    /** The whole logical line around {@code abs}: the output lines joined by wrapping. */
    public Selection line(long abs, int columns) {
        long first = abs;
        while (first > lines.firstLine()) {
            TerminalLine prev = lines.line(first - 1);
            if (prev == null || !prev.isWrapped()) {
                break;
            }
            first--;
        }
        long last = abs;
        while (last + 1 < lines.endLine()) {
            TerminalLine l = lines.line(last);
            if (l == null || !l.isWrapped()) {
                break;
            }
            last++;
        }
        return new Selection(new GridPos(first, 0), new GridPos(last, columns), false);
    }

    /** 0 blank, 1 word character, 2 other punctuation: a double click selects a run of one kind. */
    private int kind(int col) {
        if ((row.flags(col) & CellRow.CONTINUATION) != 0 && col > 0) {
            col--;
        }
        int cp = row.codePoint(col);
        if (cp == 0 || Character.isWhitespace(cp)) {
            return 0;
        }
        if (Character.isLetterOrDigit(cp) || WORD_CHARS.indexOf(cp) >= 0) {
            return 1;
        }
        return 2;
    }
}
