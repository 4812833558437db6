package dev.linger.view;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terminal font in its four styles, plus fallbacks for characters it lacks (CJK, symbols):
 * Java's logical "Monospaced" and "Dialog" fonts are composites that cover most scripts.
 */
public final class FontSet {
    /** Families tried in order when none is chosen: common monospace fonts on each platform. */
    private static final List<String> PREFERRED = List.of(
            "JetBrains Mono", "DejaVu Sans Mono", "Menlo", "SF Mono", "Cascadia Mono", "Consolas",
            "Noto Sans Mono", "Liberation Mono", "Ubuntu Mono");

    private final String family;
    private final float size;
    private final Font[] styles = new Font[4];
    private final Font[][] fallbacks = new Font[4][];
    private final Map<Integer, Font> resolved = new HashMap<>();

    public FontSet(String family, float size) {
        this.family = family;
        this.size = size;
        Font base = new Font(family, Font.PLAIN, 1).deriveFont(size);
        for (int style = 0; style < 4; style++) {
            styles[style] = base.deriveFont(style);
            fallbacks[style] = new Font[] {
                new Font(Font.MONOSPACED, style, 1).deriveFont(size),
                new Font(Font.DIALOG, style, 1).deriveFont(size),
            };
        }
    }

    /** The first preferred monospace family installed here, else the logical "Monospaced". */
    public static String defaultFamily() {
        Set<String> installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String f : PREFERRED) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.MONOSPACED;
    }

    public String family() {
        return family;
    }

    public float size() {
        return size;
    }

    /** {@code style} is a {@link Font} style: PLAIN, BOLD, ITALIC or BOLD|ITALIC. */
    public Font font(int style) {
        return styles[style & 3];
    }

    /** The font of {@code style} that can draw {@code codePoint}: the terminal font when it can. */
    public Font fontFor(int codePoint, int style) {
        Font primary = styles[style & 3];
        if (codePoint < 0x80 || primary.canDisplay(codePoint)) {
            return primary;
        }
        int key = (codePoint << 2) | (style & 3);
        Font f = resolved.get(key);
        if (f == null) {
            f = primary;
            for (Font candidate : fallbacks[style & 3]) {
                if (candidate.canDisplay(codePoint)) {
                    f = candidate;
                    break;
                }
            }
            if (resolved.size() > 8192) {
                resolved.clear();
            }
            resolved.put(key, f);
        }
        return f;
    }

    public FontSet withSize(float newSize) {
        return new FontSet(family, newSize);
    }

    public FontSet withFamily(String newFamily) {
        return new FontSet(newFamily, size);
    }
}
