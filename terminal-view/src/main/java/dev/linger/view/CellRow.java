package dev.linger.view;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.util.CharUtils;
import dev.linger.term.StruckTextStyle;

import java.util.List;

/**
 * One row of the grid as it will be painted: a code point, final colours and flags per cell.
 * Loading resolves the emulator's styles (palette, inverse, dim) once; overlays (selection,
 * search matches, cursor) then just recolour cells. Copying rows out of the emulator this way
 * lets painting happen without holding the emulator's lock.
 *
 * <p>The emulator gives every UTF-16 unit its own cell: a wide BMP character is followed by
 * {@link CharUtils#DWC}, a surrogate pair takes two units and so two cells.
 */
public final class CellRow {
    public static final int BOLD = 1;
    public static final int ITALIC = 2;
    public static final int UNDERLINE = 4;
    public static final int HIDDEN = 8;
    /** First cell of a glyph two cells wide. */
    public static final int WIDE = 16;
    /** Second cell of a wide glyph: nothing of its own to draw. */
    public static final int CONTINUATION = 32;
    /** Part of a link under the pointer: underlined. */
    public static final int LINK = 64;
    public static final int BLINK = 128;
    /** Strikethrough (SGR 9). */
    public static final int STRIKE = 256;

    private int columns;
    private int[] codePoints = new int[0];
    private int[] fg = new int[0];
    private int[] bg = new int[0];
    private int[] flags = new int[0];
    private boolean wrapped;

    public int columns() {
        return columns;
    }

    public int codePoint(int col) {
        return codePoints[col];
    }

    public int fg(int col) {
        return fg[col];
    }

    public int bg(int col) {
        return bg[col];
    }

    public int flags(int col) {
        return flags[col];
    }

    public boolean wrapped() {
        return wrapped;
    }

    /** Resets to {@code columns} empty cells in the default colours. */
    public void clear(int columns, ColorScheme colors) {
        if (codePoints.length < columns) {
            codePoints = new int[columns];
            fg = new int[columns];
            bg = new int[columns];
            flags = new int[columns];
        }
        this.columns = columns;
        wrapped = false;
        int f = colors.foreground();
        int b = colors.background();
        for (int i = 0; i < columns; i++) {
            codePoints[i] = 0;
            fg[i] = f;
            bg[i] = b;
            flags[i] = 0;
        }
    }

    /** Fills the row from an emulator line (null: an empty row). */
    public void load(TerminalLine line, int columns, ColorScheme colors) {
        clear(columns, colors);
        if (line == null) {
            return;
        }
        wrapped = line.isWrapped();
        List<TerminalLine.TextEntry> entries = line.getEntries();
        int x = 0;
        for (int e = 0, n = entries.size(); e < n && x < columns; e++) {
            TerminalLine.TextEntry entry = entries.get(e);
            TextStyle style = entry.getStyle();
            int f = colors.foreground(style.getForeground());
            int b = colors.background(style.getBackground());
            if (style.hasOption(TextStyle.Option.INVERSE)) {
                int t = f;
                f = b;
                b = t;
            }
            if (style.hasOption(TextStyle.Option.DIM)) {
                f = ColorScheme.blend(f, b);
            }
            int fl = flagsOf(style);
            CharBuffer text = entry.getText();
            char[] buf = text.getBuf();
            int start = text.getStart();
            int len = text.length();
            for (int i = 0; i < len && x < columns; i++, x++) {
                char c = buf[start + i];
                fg[x] = f;
                bg[x] = b;
                flags[x] = fl;
                if (c == CharUtils.DWC) {
                    markWide(x);
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(buf[start + i + 1])) {
                    codePoints[x] = Character.toCodePoint(c, buf[start + i + 1]);
                    if (x + 1 < columns) {
                        i++;
                        x++;
                        fg[x] = f;
                        bg[x] = b;
                        flags[x] = fl;
                        markWide(x);
                    }
                } else {
                    codePoints[x] = c == CharUtils.NUL_CHAR ? 0 : c;
                }
            }
        }
    }

    /** Marks {@code col} as the second half of the glyph in the cell before it. */
    private void markWide(int col) {
        flags[col] |= CONTINUATION;
        codePoints[col] = 0;
        if (col > 0 && (flags[col - 1] & CONTINUATION) == 0) {
            flags[col - 1] |= WIDE;
        }
    }

    private static int flagsOf(TextStyle style) {
        if (style == TextStyle.EMPTY) {
            return 0;
        }
        int fl = 0;
        if (style.hasOption(TextStyle.Option.BOLD)) {
            fl |= BOLD;
        }
        if (style.hasOption(TextStyle.Option.ITALIC)) {
            fl |= ITALIC;
        }
        if (style.hasOption(TextStyle.Option.UNDERLINED)) {
            fl |= UNDERLINE;
        }
        if (style.hasOption(TextStyle.Option.HIDDEN)) {
            fl |= HIDDEN;
        }
        if (style.hasOption(TextStyle.Option.SLOW_BLINK) || style.hasOption(TextStyle.Option.RAPID_BLINK)) {
            fl |= BLINK;
        }
        if (StruckTextStyle.isStruck(style)) {
            fl |= STRIKE;
        }
        return fl;
    }

    /** Recolours cells [from, to): selection, search matches. {@code fgRgb} -1 keeps the text colour. */
    public void recolor(int from, int to, int bgRgb, int fgRgb) {
        int a = Math.max(0, from);
        int b = Math.min(columns, to);
        for (int i = a; i < b; i++) {
            bg[i] = bgRgb;
            if (fgRgb >= 0) {
                fg[i] = fgRgb;
            }
        }
    }

    /** Adds flags to cells [from, to). */
    public void addFlags(int from, int to, int flag) {
        int a = Math.max(0, from);
        int b = Math.min(columns, to);
        for (int i = a; i < b; i++) {
            flags[i] |= flag;
        }
    }

    /** Replaces the text of cells from {@code col} (input-method composition shown at the cursor). */
    public void overwrite(int col, String text, int fgRgb, int bgRgb) {
        int x = col;
        for (int i = 0; i < text.length() && x < columns; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = CharUtils.isDoubleWidthCharacter(cp, false);
            codePoints[x] = cp;
            fg[x] = fgRgb;
            bg[x] = bgRgb;
            flags[x] = UNDERLINE | (wide ? WIDE : 0);
            x++;
            if (wide && x < columns) {
                codePoints[x] = 0;
                fg[x] = fgRgb;
                bg[x] = bgRgb;
                flags[x] = UNDERLINE | CONTINUATION;
                x++;
            }
        }
    }

    /** The cell that holds the glyph covering {@code col} (the first half of a wide glyph). */
    public int glyphStart(int col) {
        if (col > 0 && col < columns && (flags[col] & CONTINUATION) != 0) {
            return col - 1;
        }
        return col;
    }

    /** Plain text of cells [from, to), wide glyphs once, empty cells as spaces. */
    public String text(int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int i = Math.max(0, from), end = Math.min(columns, to); i < end; i++) {
            if ((flags[i] & CONTINUATION) != 0) {
                continue;
            }
            int cp = codePoints[i];
            sb.appendCodePoint(cp == 0 ? ' ' : cp);
        }
        return sb.toString();
    }
}
