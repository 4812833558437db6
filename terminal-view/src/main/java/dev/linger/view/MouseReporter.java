package dev.linger.view;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a program that asked for mouse reporting receives for a mouse event, in xterm's
 * tracking modes (X10 ?9, normal ?1000, button-event ?1002, any-event ?1003) and encodings
 * (default, UTF-8 ?1005, SGR ?1006, URXVT ?1015).
 */
public final class MouseReporter {
    public enum Mode { NONE, X10, NORMAL, BUTTON_EVENT, ANY_EVENT }

    public enum Format { DEFAULT, UTF8, SGR, URXVT }

    public enum Kind { PRESS, RELEASE, MOTION, WHEEL }

    public static final int LEFT = 0;
    public static final int MIDDLE = 1;
    public static final int RIGHT = 2;
    /** Motion with no button held (any-event mode). */
    public static final int NO_BUTTON = 3;
    public static final int WHEEL_UP = 4;
    public static final int WHEEL_DOWN = 5;

    public static final int SHIFT = 4;
    public static final int ALT = 8;
    public static final int CTRL = 16;

    private MouseReporter() {
    }

    /**
     * The report for one event, or null when the mode does not report it (or, in the default
     * encoding, the cell is beyond the 223 columns or rows it can express).
     *
     * @param button    LEFT, MIDDLE, RIGHT, NO_BUTTON, or WHEEL_UP/WHEEL_DOWN for {@link Kind#WHEEL}
     * @param col       0-based cell column
     * @param row       0-based cell row
     * @param modifiers SHIFT | ALT | CTRL
     */
    public static byte[] encode(Mode mode, Format format, Kind kind, int button, int col, int row, int modifiers) {
        if (!reports(mode, kind, button)) {
            return null;
        }
        int code;
        switch (kind) {
            case PRESS -> code = button;
            case RELEASE -> code = format == Format.SGR ? button : 3;
            case WHEEL -> code = 64 + (button == WHEEL_DOWN ? 1 : 0);
            default -> code = 32 + button;
        }
        if (mode != Mode.X10) {
            code |= modifiers & (SHIFT | ALT | CTRL);
        }
        int x = col + 1;
        int y = row + 1;
        return switch (format) {
            case SGR -> ascii("\u001b[<" + code + ";" + x + ";" + y + (kind == Kind.RELEASE ? "m" : "M"));
            case URXVT -> ascii("\u001b[" + (32 + code) + ";" + x + ";" + y + "M");
            case UTF8 -> utf8(code, x, y);
            default -> legacy(code, x, y);
        };
    }

    private static boolean reports(Mode mode, Kind kind, int button) {
        return switch (mode) {
            case NONE -> false;
            case X10 -> kind == Kind.PRESS && button <= RIGHT;
            case NORMAL -> kind != Kind.MOTION;
            case BUTTON_EVENT -> kind != Kind.MOTION || button != NO_BUTTON;
            case ANY_EVENT -> true;
        };
    }

    private static byte[] legacy(int code, int x, int y) {
        if (32 + x > 255 || 32 + y > 255) {
            return null;
        }
        return new byte[] {0x1b, '[', 'M', (byte) (32 + code), (byte) (32 + x), (byte) (32 + y)};
    }

    /** Like the default encoding, but each value is a UTF-8 character, reaching column 2015. */
    private static byte[] utf8(int code, int x, int y) {
        if (32 + x > 0x7FF || 32 + y > 0x7FF) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(9);
        out.writeBytes(new byte[] {0x1b, '[', 'M'});
        for (int v : new int[] {32 + code, 32 + x, 32 + y}) {
            out.writeBytes(new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
