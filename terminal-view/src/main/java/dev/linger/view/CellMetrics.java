package dev.linger.view;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.image.BufferedImage;

/**
 * The size of one cell of the grid for a font, and the grid that fits a pixel size. Metrics are
 * taken with fractional metrics off, so glyph advances are whole pixels and a run of ASCII text
 * drawn in one call lands exactly on the cell grid.
 */
public final class CellMetrics {
    private final int width;
    private final int height;
    private final int ascent;
    private final int descent;
    private final int strikeY;
    private final boolean[] aligned = new boolean[4];

    private CellMetrics(int width, int height, int ascent, int descent, int strikeY) {
        this.width = width;
        this.height = height;
        this.ascent = ascent;
        this.descent = descent;
        this.strikeY = strikeY;
    }

    public static CellMetrics of(FontSet fonts) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            applyTextHints(g);
            FontMetrics fm = g.getFontMetrics(fonts.font(Font.PLAIN));
            int w = Math.max(1, fm.charWidth('M'));
            int ascent = fm.getAscent();
            int descent = fm.getDescent();
            int h = Math.max(1, ascent + descent + fm.getLeading());
            CellMetrics m = new CellMetrics(w, h, ascent, descent, strikeY(g, fonts.font(Font.PLAIN), ascent, h));
            for (int style = 0; style < 4; style++) {
                m.aligned[style] = asciiIsCellWide(g.getFontMetrics(fonts.font(style)), w);
            }
            return m;
        } finally {
            g.dispose();
        }
    }

    /**
     * Where the font puts its strikethrough (through the middle of lower-case letters), or the
     * middle of the cell when the font gives no position; kept inside the cell.
     */
    private static int strikeY(Graphics2D g, Font font, int ascent, int height) {
        LineMetrics lm = font.getLineMetrics("x", g.getFontRenderContext());
        float offset = lm.getStrikethroughOffset();
        int y = offset < 0 ? Math.round(ascent + offset) : height / 2;
        return Math.max(0, Math.min(y, height - 1));
    }

    private static boolean asciiIsCellWide(FontMetrics fm, int cellWidth) {
        for (char c = 0x21; c < 0x7F; c++) {
            if (fm.charWidth(c) != cellWidth) {
                return false;
            }
        }
        return true;
    }

    /** The hints text is measured and drawn with; painting must use the same ones. */
    public static void applyTextHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Pixels from the top of a cell to the text baseline. */
    public int ascent() {
        return ascent;
    }

    public int descent() {
        return descent;
    }

    /** Pixels from the top of a cell to the top of a strikethrough line. */
    public int strikeY() {
        return strikeY;
    }

    /** True when every printable ASCII glyph of {@code style} advances exactly one cell. */
    public boolean asciiAligned(int style) {
        return aligned[style & 3];
    }

    public int columnsFor(int pixels) {
        return Math.max(1, pixels / width);
    }

    public int rowsFor(int pixels) {
        return Math.max(1, pixels / height);
    }
}
