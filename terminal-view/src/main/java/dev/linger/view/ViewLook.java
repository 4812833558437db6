package dev.linger.view;

import javax.swing.UIManager;
import java.awt.Font;

/**
 * What a {@link TerminalView} draws with: its fonts, the cell they make, the colours of the
 * current look and feel, and the {@link TerminalPainter} built from those. The font size starts
 * at the look and feel's label size (at least 10 pt) and zoom keeps it within 6..72 pt; a theme
 * change takes the new colours and keeps the fonts. Event thread only.
 */
final class ViewLook {
    private final float defaultFontSize;
    private FontSet fonts;
    private CellMetrics metrics;
    private ColorScheme colors;
    private TerminalPainter painter;

    ViewLook() {
        Font uiFont = UIManager.getFont("Label.font");
        defaultFontSize = uiFont == null ? 13f : Math.max(10f, uiFont.getSize2D());
        colors = ColorScheme.fromLookAndFeel();
        useFonts(new FontSet(FontSet.defaultFamily(), defaultFontSize));
    }

    float defaultFontSize() {
        return defaultFontSize;
    }

    FontSet fonts() {
        return fonts;
    }

    CellMetrics metrics() {
        return metrics;
    }

    ColorScheme colors() {
        return colors;
    }

    TerminalPainter painter() {
        return painter;
    }

    void useFonts(FontSet next) {
        fonts = next;
        metrics = CellMetrics.of(next);
        painter = new TerminalPainter(fonts, metrics, colors);
    }

    /** The font at {@code size} points, kept within 6..72. */
    FontSet fontsOfSize(float size) {
        return fonts.withSize(Math.max(6f, Math.min(72f, size)));
    }

    /** The look and feel changed (light, dark): its colours, the same fonts. */
    void themeChanged() {
        colors = ColorScheme.fromLookAndFeel();
        painter = new TerminalPainter(fonts, metrics, colors);
    }
}
