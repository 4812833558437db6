package dev.linger.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;

/**
 * Draws box-drawing (U+2500–U+257F) and block-element (U+2580–U+259F) characters as shapes that
 * fill the cell exactly, so lines join across cells whatever the font's glyphs look like.
 */
public final class BoxDrawing {
    private static final int NONE = 0;
    private static final int LIGHT = 1;
    private static final int HEAVY = 2;
    private static final int DOUBLE = 3;

    /**
     * Arm weights for U+2500..U+257F, four digits per character in the order up, right, down,
     * left (0 none, 1 light, 2 heavy, 3 double). "x" marks characters drawn specially.
     */
    private static final String ARMS =
            // 2500-250F: ─ ━ │ ┃ ┄ ┅ ┆ ┇ ┈ ┉ ┊ ┋ ┌ ┍ ┎ ┏
            "0101" + "0202" + "1010" + "2020" + "0101" + "0202" + "1010" + "2020"
            + "0101" + "0202" + "1010" + "2020" + "0110" + "0210" + "0120" + "0220"
            // 2510-251F: ┐ ┑ ┒ ┓ └ ┕ ┖ ┗ ┘ ┙ ┚ ┛ ├ ┝ ┞ ┟
            + "0011" + "0012" + "0021" + "0022" + "1100" + "1200" + "2100" + "2200"
            + "1001" + "1002" + "2001" + "2002" + "1110" + "1210" + "2110" + "1120"
            // 2520-252F: ┠ ┡ ┢ ┣ ┤ ┥ ┦ ┧ ┨ ┩ ┪ ┫ ┬ ┭ ┮ ┯
            + "2120" + "2210" + "1220" + "2220" + "1011" + "1012" + "2011" + "1021"
            + "2021" + "2012" + "1022" + "2022" + "0111" + "0112" + "0211" + "0212"
            // 2530-253F: ┰ ┱ ┲ ┳ ┴ ┵ ┶ ┷ ┸ ┹ ┺ ┻ ┼ ┽ ┾ ┿
            + "0121" + "0122" + "0221" + "0222" + "1101" + "1102" + "1201" + "1202"
            + "2101" + "2102" + "2201" + "2202" + "1111" + "1112" + "1211" + "1212"
            // 2540-254F: ╀ ╁ ╂ ╃ ╄ ╅ ╆ ╇ ╈ ╉ ╊ ╋ ╌ ╍ ╎ ╏
            + "2111" + "1121" + "2121" + "2112" + "2211" + "1122" + "1221" + "2212"
            + "1222" + "2122" + "2221" + "2222" + "0101" + "0202" + "1010" + "2020"
            // 2550-255F: ═ ║ ╒ ╓ ╔ ╕ ╖ ╗ ╘ ╙ ╚ ╛ ╜ ╝ ╞ ╟
            + "0303" + "3030" + "0310" + "0130" + "0330" + "0013" + "0031" + "0033"
            + "1300" + "3100" + "3300" + "1003" + "3001" + "3003" + "1310" + "3130"
            // 2560-256F: ╠ ╡ ╢ ╣ ╤ ╥ ╦ ╧ ╨ ╩ ╪ ╫ ╬ ╭ ╮ ╯
            + "3330" + "1013" + "3031" + "3033" + "0313" + "0131" + "0333" + "1303"
            + "3101" + "3303" + "1313" + "3131" + "3333" + "xxxx" + "xxxx" + "xxxx"
            // 2570-257F: ╰ ╱ ╲ ╳ ╴ ╵ ╶ ╷ ╸ ╹ ╺ ╻ ╼ ╽ ╾ ╿
            + "xxxx" + "xxxx" + "xxxx" + "xxxx" + "0001" + "1000" + "0100" + "0010"
            + "0002" + "2000" + "0200" + "0020" + "0201" + "1020" + "0102" + "2010";

    private BoxDrawing() {
    }

    /** True for the characters this class draws instead of the font. */
    public static boolean handles(int cp) {
        return cp >= 0x2500 && cp <= 0x259F;
    }

    /** Draws {@code cp} in the cell at ({@code x}, {@code y}) of size {@code w}×{@code h}. */
    public static void draw(Graphics2D g, int cp, int x, int y, int w, int h, Color color) {
        g.setColor(color);
        if (cp >= 0x2580) {
            drawBlock(g, cp, x, y, w, h, color);
            return;
        }
        int light = Math.max(1, Math.round(Math.min(w, h) / 10f));
        if (cp >= 0x256D && cp <= 0x2573) {
            drawCurveOrDiagonal(g, cp, x, y, w, h, light);
            return;
        }
        int i = (cp - 0x2500) * 4;
        int up = ARMS.charAt(i) - '0';
        int right = ARMS.charAt(i + 1) - '0';
        int down = ARMS.charAt(i + 2) - '0';
        int left = ARMS.charAt(i + 3) - '0';
        int gap = Math.max(light, Math.round(Math.min(w, h) / 7f));
        int cx = x + (w - light) / 2;
        int cy = y + (h - light) / 2;
        // The band the crossing lines occupy at the centre; arms reach across it to join.
        int vWeight = Math.max(up, down);
        int hWeight = Math.max(left, right);
        int vs = bandStart(cx, vWeight, light, gap);
        int ve = bandEnd(cx, vWeight, light, gap);
        int hs = bandStart(cy, hWeight, light, gap);
        int he = bandEnd(cy, hWeight, light, gap);
        boolean dUp = up == DOUBLE;
        boolean dDown = down == DOUBLE;
        boolean dLeft = left == DOUBLE;
        boolean dRight = right == DOUBLE;
        if (left != NONE) {
            if (left == DOUBLE) {
                // Each line of a double arm stops at the near line of a double crossing arm on its
                // side, or runs on to the far line to close an outer corner.
                int topEnd = dUp ? cx - gap + light : dDown ? cx + gap + light : ve;
                int bottomEnd = dDown ? cx - gap + light : dUp ? cx + gap + light : ve;
                g.fillRect(x, cy - gap, topEnd - x, light);
                g.fillRect(x, cy + gap, bottomEnd - x, light);
            } else {
                // A single arm meeting a double line that runs straight through stops at its near line.
                int end = dUp && dDown ? cx - gap + light : ve;
                g.fillRect(x, bandStart(cy, left, light, gap), end - x, thickness(left, light));
            }
        }
        if (right != NONE) {
            if (right == DOUBLE) {
                int topStart = dUp ? cx + gap : dDown ? cx - gap : vs;
                int bottomStart = dDown ? cx + gap : dUp ? cx - gap : vs;
                g.fillRect(topStart, cy - gap, x + w - topStart, light);
                g.fillRect(bottomStart, cy + gap, x + w - bottomStart, light);
            } else {
                int start = dUp && dDown ? cx + gap : vs;
                g.fillRect(start, bandStart(cy, right, light, gap), x + w - start, thickness(right, light));
            }
        }
        if (up != NONE) {
            if (up == DOUBLE) {
                int leftEnd = dLeft ? cy - gap + light : dRight ? cy + gap + light : he;
                int rightEnd = dRight ? cy - gap + light : dLeft ? cy + gap + light : he;
                g.fillRect(cx - gap, y, light, leftEnd - y);
                g.fillRect(cx + gap, y, light, rightEnd - y);
            } else {
                int end = dLeft && dRight ? cy - gap + light : he;
                g.fillRect(bandStart(cx, up, light, gap), y, thickness(up, light), end - y);
            }
        }
        if (down != NONE) {
            if (down == DOUBLE) {
                int leftStart = dLeft ? cy + gap : dRight ? cy - gap : hs;
                int rightStart = dRight ? cy + gap : dLeft ? cy - gap : hs;
                g.fillRect(cx - gap, leftStart, light, y + h - leftStart);
                g.fillRect(cx + gap, rightStart, light, y + h - rightStart);
            } else {
                int start = dLeft && dRight ? cy + gap : hs;
                g.fillRect(bandStart(cx, down, light, gap), start, thickness(down, light), y + h - start);
            }
        }
    }

    private static int bandStart(int c, int weight, int light, int gap) {
        return switch (weight) {
            case HEAVY -> c - light / 2;
            case DOUBLE -> c - gap;
            default -> c;
        };
    }

    private static int bandEnd(int c, int weight, int light, int gap) {
        return switch (weight) {
            case HEAVY -> c - light / 2 + 2 * light;
            case DOUBLE -> c + gap + light;
            default -> c + light;
        };
    }

    private static int thickness(int weight, int light) {
        return weight == HEAVY ? 2 * light : light;
    }

    private static void drawCurveOrDiagonal(Graphics2D g, int cp, int x, int y, int w, int h, int light) {
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(light, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double cx = x + (w - light) / 2 + light / 2.0;
        double cy = y + (h - light) / 2 + light / 2.0;
        double r = Math.min(w, h) / 2.0;
        switch (cp) {
            case 0x256D -> arc(g, cx, cy, r, x + w, y + h, 90, true, true);   // ╭ down and right
            case 0x256E -> arc(g, cx, cy, r, x, y + h, 0, false, true);        // ╮ down and left
            case 0x256F -> arc(g, cx, cy, r, x, y, 270, false, false);         // ╯ up and left
            case 0x2570 -> arc(g, cx, cy, r, x + w, y, 180, true, false);      // ╰ up and right
            case 0x2571 -> g.draw(new Line2D.Double(x + w, y, x, y + h));
            case 0x2572 -> g.draw(new Line2D.Double(x, y, x + w, y + h));
            default -> {
                g.draw(new Line2D.Double(x + w, y, x, y + h));
                g.draw(new Line2D.Double(x, y, x + w, y + h));
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    /** A rounded corner: a quarter circle of radius r at the centre, straight on to both edges. */
    private static void arc(Graphics2D g, double cx, double cy, double r, double edgeX, double edgeY,
                            double startDeg, boolean toRight, boolean toDown) {
        double ax = toRight ? cx + r : cx - r;
        double ay = toDown ? cy + r : cy - r;
        g.draw(new Arc2D.Double(ax - r, ay - r, 2 * r, 2 * r, startDeg, 90, Arc2D.OPEN));
        g.draw(new Line2D.Double(ax, cy, edgeX, cy));
        g.draw(new Line2D.Double(cx, ay, cx, edgeY));
    }

    private static void drawBlock(Graphics2D g, int cp, int x, int y, int w, int h, Color color) {
        if (cp == 0x2580) {
            g.fillRect(x, y, w, h / 2);
        } else if (cp <= 0x2588) {
            int part = Math.round(h * (cp - 0x2580) / 8f);   // ▁..█: lower eighths
            g.fillRect(x, y + h - part, w, part);
        } else if (cp <= 0x258F) {
            int part = Math.round(w * (0x2590 - cp) / 8f);   // ▉..▏: left eighths
            g.fillRect(x, y, part, h);
        } else if (cp == 0x2590) {
            g.fillRect(x + w / 2, y, w - w / 2, h);
        } else if (cp <= 0x2593) {
            int alpha = (cp - 0x2590) * 64;                   // ░ ▒ ▓ as 25/50/75 % coverage
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha));
            g.fillRect(x, y, w, h);
            g.setColor(color);
        } else if (cp == 0x2594) {
            g.fillRect(x, y, w, Math.max(1, h / 8));
        } else if (cp == 0x2595) {
            int part = Math.max(1, w / 8);
            g.fillRect(x + w - part, y, part, h);
        } else {
            // ▖..▟: quadrants, bits upper-left 1, upper-right 2, lower-left 4, lower-right 8.
            int[] quadrants = {4, 8, 1, 1 | 4 | 8, 1 | 8, 1 | 2 | 4, 1 | 2 | 8, 2, 2 | 4, 2 | 4 | 8};
            int q = quadrants[cp - 0x2596];
            int hw = w / 2;
            int hh = h / 2;
            if ((q & 1) != 0) {
                g.fillRect(x, y, hw, hh);
            }
            if ((q & 2) != 0) {
                g.fillRect(x + hw, y, w - hw, hh);
            }
            if ((q & 4) != 0) {
                g.fillRect(x, y + hh, hw, h - hh);
            }
            if ((q & 8) != 0) {
                g.fillRect(x + hw, y + hh, w - hw, h - hh);
            }
        }
    }
}
