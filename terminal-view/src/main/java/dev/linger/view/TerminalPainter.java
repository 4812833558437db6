package dev.linger.view;

import com.techsenger.jeditermfx.core.CursorShape;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Paints rows of cells. Backgrounds go first as runs of one colour, then text: runs of ASCII in
 * one style are one {@code drawChars} call (the font's advances equal the cell width, see
 * {@link CellMetrics}), anything else is drawn glyph by glyph, centred in its one or two cells,
 * with box drawing drawn as shapes. Underlines, strikethrough lines and the cursor go last.
 */
public final class TerminalPainter {
    private final FontSet fonts;
    private final CellMetrics metrics;
    private final ColorScheme colors;
    private char[] run = new char[256];
    private boolean blinkingTextVisible = true;

    public TerminalPainter(FontSet fonts, CellMetrics metrics, ColorScheme colors) {
        this.fonts = fonts;
        this.metrics = metrics;
        this.colors = colors;
    }

    public CellMetrics metrics() {
        return metrics;
    }

    public ColorScheme colors() {
        return colors;
    }

    /** Blinking text (SGR 5/6) is drawn only in the visible half of the blink cycle. */
    public void setBlinkingTextVisible(boolean visible) {
        blinkingTextVisible = visible;
    }

    /** Paints {@code row} with its top-left corner at ({@code x0}, {@code y0}). */
    public void paintRow(Graphics2D g, CellRow row, int x0, int y0) {
        int cols = row.columns();
        int cw = metrics.width();
        int ch = metrics.height();
        for (int i = 0; i < cols; ) {
            int bg = row.bg(i);
            int j = i + 1;
            while (j < cols && row.bg(j) == bg) {
                j++;
            }
            g.setColor(colors.awt(bg));
            g.fillRect(x0 + i * cw, y0, (j - i) * cw, ch);
            i = j;
        }
        paintText(g, row, x0, y0);
        paintUnderlines(g, row, x0, y0);
    }

    private void paintText(Graphics2D g, CellRow row, int x0, int y0) {
        int cols = row.columns();
        int cw = metrics.width();
        int baseline = y0 + metrics.ascent();
        if (run.length < cols) {
            run = new char[cols];
        }
        for (int i = 0; i < cols; ) {
            int fl = row.flags(i);
            int cp = row.codePoint(i);
            if (cp == 0 || cp == ' ' || !visible(fl)) {
                i++;
                continue;
            }
            int fg = row.fg(i);
            int style = fontStyle(fl);
            int span = (fl & CellRow.WIDE) != 0 ? 2 : 1;
            if (BoxDrawing.handles(cp)) {
                BoxDrawing.draw(g, cp, x0 + i * cw, y0, cw * span, metrics.height(), colors.awt(fg));
                i += span;
                continue;
            }
            if (cp < 0x7F && metrics.asciiAligned(style)) {
                int n = 0;
                int j = i;
                int lastInk = 0;
                while (j < cols) {
                    int c = row.codePoint(j);
                    int f2 = row.flags(j);
                    if (c >= 0x7F || row.fg(j) != fg || fontStyle(f2) != style || !visible(f2)
                            || (f2 & (CellRow.CONTINUATION | CellRow.WIDE)) != 0) {
                        break;
                    }
                    run[n++] = c == 0 ? ' ' : (char) c;
                    if (c > ' ') {
                        lastInk = n;
                    }
                    j++;
                }
                g.setFont(fonts.font(style));
                g.setColor(colors.awt(fg));
                g.drawChars(run, 0, lastInk, x0 + i * cw, baseline);
                i = j;
                continue;
            }
            drawGlyph(g, cp, fonts.fontFor(cp, style), colors.awt(fg), x0 + i * cw, baseline, span * cw);
            i += span;
        }
    }

    /** One glyph centred in {@code cellsWidth} pixels, squeezed if the font draws it wider. */
    private static void drawGlyph(Graphics2D g, int cp, Font font, java.awt.Color color, int x, int baseline, int cellsWidth) {
        String s = new String(Character.toChars(cp));
        g.setFont(font);
        g.setColor(color);
        FontMetrics fm = g.getFontMetrics(font);
        int advance = fm.stringWidth(s);
        if (advance <= cellsWidth) {
            g.drawString(s, x + (cellsWidth - advance) / 2, baseline);
        } else {
            AffineTransform saved = g.getTransform();
            g.translate(x, baseline);
            g.scale(cellsWidth / (double) advance, 1);
            g.drawString(s, 0, 0);
            g.setTransform(saved);
        }
    }

    private void paintUnderlines(Graphics2D g, CellRow row, int x0, int y0) {
        int thickness = Math.max(1, metrics.height() / 16);
        int y = Math.min(metrics.ascent() + Math.max(1, metrics.descent() / 2), metrics.height() - thickness);
        paintLines(g, row, x0, y0 + y, thickness, CellRow.UNDERLINE | CellRow.LINK);
        int strikeY = Math.min(metrics.strikeY(), metrics.height() - thickness);
        paintLines(g, row, x0, y0 + strikeY, thickness, CellRow.STRIKE);
    }

    /** A line at {@code y} through each run of visible cells of one colour with any of {@code flag}. */
    private void paintLines(Graphics2D g, CellRow row, int x0, int y, int thickness, int flag) {
        int cols = row.columns();
        int cw = metrics.width();
        for (int i = 0; i < cols; ) {
            int fl = row.flags(i);
            if ((fl & flag) == 0 || (fl & CellRow.HIDDEN) != 0) {
                i++;
                continue;
            }
            int fg = row.fg(i);
            int j = i + 1;
            while (j < cols && row.fg(j) == fg && (row.flags(j) & flag) != 0 && (row.flags(j) & CellRow.HIDDEN) == 0) {
                j++;
            }
            g.setColor(colors.awt(fg));
            g.fillRect(x0 + i * cw, y, (j - i) * cw, thickness);
            i = j;
        }
    }

    /**
     * The cursor shapes drawn over the text: an outline when the view is not focused, otherwise
     * an underline or a bar. A focused block cursor is not drawn here: its cell is recoloured
     * before the row is painted, so the character shows through in the cursor's text colour.
     */
    public void paintCursorOverlay(Graphics2D g, CursorShape shape, boolean focused, int x, int y, int cells) {
        int cw = metrics.width() * cells;
        int ch = metrics.height();
        int line = Math.max(1, ch / 12);
        g.setColor(colors.awt(colors.cursor()));
        if (!focused) {
            g.drawRect(x, y, cw - 1, ch - 1);
            return;
        }
        switch (shape) {
            case BLINK_UNDERLINE, STEADY_UNDERLINE -> g.fillRect(x, y + ch - line - 1, cw, line + 1);
            case BLINK_VERTICAL_BAR, STEADY_VERTICAL_BAR -> g.fillRect(x, y, line + 1, ch);
            default -> {
                // a block: already painted by recolouring the cell
            }
        }
    }

    private boolean visible(int flags) {
        return (flags & (CellRow.CONTINUATION | CellRow.HIDDEN)) == 0
                && (blinkingTextVisible || (flags & CellRow.BLINK) == 0);
    }

    private static int fontStyle(int flags) {
        int style = Font.PLAIN;
        if ((flags & CellRow.BOLD) != 0) {
            style |= Font.BOLD;
        }
        if ((flags & CellRow.ITALIC) != 0) {
            style |= Font.ITALIC;
        }
        return style;
    }
}
