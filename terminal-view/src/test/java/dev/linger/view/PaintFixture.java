package dev.linger.view;

import dev.linger.term.TerminalEngine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/** Feeds output to a real engine and paints its rows with the real painter into an image. */
final class PaintFixture {
    static final int FG = 0xDDDDDD;
    static final int BG = 0x101010;
    static final int SELECTION = 0x2050A0;

    final ColorScheme colors = new ColorScheme(new Color(FG), new Color(BG), new Color(SELECTION), null, true);
    final FontSet fonts = new FontSet(FontSet.defaultFamily(), 16f);
    final CellMetrics metrics = CellMetrics.of(fonts);
    final TerminalPainter painter = new TerminalPainter(fonts, metrics, colors);
    final TerminalEngine engine;
    final int columns;

    PaintFixture(int columns, int rows) {
        this.columns = columns;
        this.engine = new TerminalEngine(columns, rows, 100);
    }

    PaintFixture feed(String output) {
        engine.feed(output.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    CellRow row(int y) {
        CellRow row = new CellRow();
        row.load(engine.textBuffer().getLine(y), columns, colors);
        return row;
    }

    /** Paints the given rows stacked, text antialiasing off so pixels are exactly fg or bg. */
    BufferedImage paint(CellRow... rows) {
        BufferedImage img = new BufferedImage(columns * metrics.width(), rows.length * metrics.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        CellMetrics.applyTextHints(g);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        for (int i = 0; i < rows.length; i++) {
            painter.paintRow(g, rows[i], 0, i * metrics.height());
        }
        g.dispose();
        return img;
    }

    BufferedImage paintRows(int count) {
        CellRow[] rows = new CellRow[count];
        for (int i = 0; i < count; i++) {
            rows[i] = row(i);
        }
        return paint(rows);
    }

    /** Pixels of colour {@code rgb} inside cell ({@code col}, {@code row}). */
    int count(BufferedImage img, int col, int row, int rgb) {
        int n = 0;
        int w = metrics.width();
        int h = metrics.height();
        for (int y = row * h; y < (row + 1) * h; y++) {
            for (int x = col * w; x < (col + 1) * w; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    int cellPixels() {
        return metrics.width() * metrics.height();
    }

    static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }
}
