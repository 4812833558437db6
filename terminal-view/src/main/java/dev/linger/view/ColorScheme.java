package dev.linger.view;

import com.formdev.flatlaf.FlatLaf;
import com.techsenger.jeditermfx.core.TerminalColor;

import javax.swing.UIManager;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * The terminal's colours: default text and background, cursor and selection from the look and
 * feel, the 16 ANSI colours, the xterm 256-colour cube and grey ramp, and direct RGB.
 */
public final class ColorScheme {
    /** Tango (GNOME Terminal's default), for light themes. */
    private static final int[] LIGHT_16 = {
        0x2E3436, 0xCC0000, 0x4E9A06, 0xC4A000, 0x3465A4, 0x75507B, 0x06989A, 0xD3D7CF,
        0x555753, 0xEF2929, 0x8AE234, 0xFCE94F, 0x729FCF, 0xAD7FA8, 0x34E2E2, 0xEEEEEC,
    };
    /** Brighter blues and magentas that stay readable on a dark grey background (VS Code's dark set). */
    private static final int[] DARK_16 = {
        0x000000, 0xCD3131, 0x0DBC79, 0xE5E510, 0x2472C8, 0xBC3FBC, 0x11A8CD, 0xE5E5E5,
        0x666666, 0xF14C4C, 0x23D18B, 0xF5F543, 0x3B8EEA, 0xD670D6, 0x29B8DB, 0xE5E5E5,
    };
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private final int foreground;
    private final int background;
    private final int cursor;
    private final int cursorText;
    private final int selectionBackground;
    private final int selectionForeground;
    private final int matchBackground;
    private final int currentMatchBackground;
    private final int matchForeground;
    private final int[] indexed = new int[256];
    // Bounded: a program painting with millions of true colours must not grow it forever.
    private final Map<Integer, Color> awtColors = new HashMap<>();

    public ColorScheme(Color foreground, Color background, Color selectionBackground, Color selectionForeground) {
        this(foreground, background, selectionBackground, selectionForeground, isDark(background));
    }

    public ColorScheme(Color foreground, Color background, Color selectionBackground, Color selectionForeground, boolean dark) {
        this.foreground = foreground.getRGB() & 0xFFFFFF;
        this.background = background.getRGB() & 0xFFFFFF;
        this.cursor = this.foreground;
        this.cursorText = this.background;
        this.selectionBackground = selectionBackground.getRGB() & 0xFFFFFF;
        this.selectionForeground = selectionForeground == null ? -1 : selectionForeground.getRGB() & 0xFFFFFF;
        this.matchBackground = 0xC4A000;
        this.currentMatchBackground = 0xF57900;
        this.matchForeground = 0x000000;
        for (int i = 0; i < 16; i++) {
            indexed[i] = (dark ? DARK_16 : LIGHT_16)[i];
        }
        for (int i = 16; i < 232; i++) {
            int v = i - 16;
            indexed[i] = (CUBE_LEVELS[v / 36] << 16) | (CUBE_LEVELS[(v / 6) % 6] << 8) | CUBE_LEVELS[v % 6];
        }
        for (int i = 232; i < 256; i++) {
            int g = 8 + 10 * (i - 232);
            indexed[i] = (g << 16) | (g << 8) | g;
        }
    }

    /** The current look and feel's text colours (FlatLaf light or dark), with fallbacks for any other. */
    public static ColorScheme fromLookAndFeel() {
        boolean dark = FlatLaf.isLafDark();
        Color fg = uiColor("TextArea.foreground", dark ? new Color(0xBBBBBB) : new Color(0x000000));
        Color bg = uiColor("TextArea.background", dark ? new Color(0x2B2B2B) : new Color(0xFFFFFF));
        Color selBg = uiColor("TextArea.selectionBackground", dark ? new Color(0x214283) : new Color(0xA6D2FF));
        Color selFg = UIManager.getColor("TextArea.selectionForeground");
        return new ColorScheme(fg, bg, selBg, selFg, dark);
    }

    private static boolean isDark(Color background) {
        return (background.getRed() * 299 + background.getGreen() * 587 + background.getBlue() * 114) / 1000 < 128;
    }

    private static Color uiColor(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : c;
    }

    public int foreground() {
        return foreground;
    }

    public int background() {
        return background;
    }

    public int cursor() {
        return cursor;
    }

    public int cursorText() {
        return cursorText;
    }

    public int selectionBackground() {
        return selectionBackground;
    }

    /** Text colour of selected cells, or -1 to keep each cell's own. */
    public int selectionForeground() {
        return selectionForeground;
    }

    public int matchBackground() {
        return matchBackground;
    }

    public int currentMatchBackground() {
        return currentMatchBackground;
    }

    public int matchForeground() {
        return matchForeground;
    }

    /** RGB of palette entry 0..255. */
    public int indexed(int index) {
        return indexed[index & 0xFF];
    }

    /** RGB of a cell's foreground; null means the default. */
    public int foreground(TerminalColor color) {
        return color == null ? foreground : rgb(color);
    }

    /** RGB of a cell's background; null means the default. */
    public int background(TerminalColor color) {
        return color == null ? background : rgb(color);
    }

    private int rgb(TerminalColor color) {
        if (color.isIndexed()) {
            return indexed(color.getColorIndex());
        }
        return color.toColor().getRGB() & 0xFFFFFF;
    }

    /** An AWT colour for an RGB value, shared between frames. Call on the painting thread. */
    public Color awt(int rgb) {
        Color c = awtColors.get(rgb);
        if (c == null) {
            if (awtColors.size() > 4096) {
                awtColors.clear();
            }
            c = new Color(rgb);
            awtColors.put(rgb, c);
        }
        return c;
    }

    /** Halfway from {@code rgb} to {@code toward}: dim (faint) text. */
    public static int blend(int rgb, int toward) {
        int r = (((rgb >> 16) & 0xFF) + ((toward >> 16) & 0xFF)) / 2;
        int g = (((rgb >> 8) & 0xFF) + ((toward >> 8) & 0xFF)) / 2;
        int b = ((rgb & 0xFF) + (toward & 0xFF)) / 2;
        return (r << 16) | (g << 8) | b;
    }
}
