package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;

/** Writes the SGR sequence that sets exactly a {@link TextStyle}, starting from a reset. */
public final class SgrWriter {
    private SgrWriter() {
    }

    public static String sequence(TextStyle style) {
        ByteSink out = new ByteSink(32);
        write(out, style);
        return new String(out.array(), 0, out.size(), java.nio.charset.StandardCharsets.US_ASCII);
    }

    public static void write(ByteSink out, TextStyle style) {
        out.writeAscii("\u001b[0");
        if (style.hasOption(TextStyle.Option.BOLD)) {
            out.writeAscii(";1");
        }
        if (style.hasOption(TextStyle.Option.DIM)) {
            out.writeAscii(";2");
        }
        if (style.hasOption(TextStyle.Option.ITALIC)) {
            out.writeAscii(";3");
        }
        if (style.hasOption(TextStyle.Option.UNDERLINED)) {
            out.writeAscii(";4");
        }
        if (style.hasOption(TextStyle.Option.SLOW_BLINK)) {
            out.writeAscii(";5");
        }
        if (style.hasOption(TextStyle.Option.RAPID_BLINK)) {
            out.writeAscii(";6");
        }
        if (style.hasOption(TextStyle.Option.INVERSE)) {
            out.writeAscii(";7");
        }
        if (style.hasOption(TextStyle.Option.HIDDEN)) {
            out.writeAscii(";8");
        }
        if (StruckTextStyle.isStruck(style)) {
            out.writeAscii(";9");
        }
        color(out, style.getForeground(), 38);
        color(out, style.getBackground(), 48);
        out.write('m');
    }

    private static void color(ByteSink out, TerminalColor color, int base) {
        if (color == null) {
            return;
        }
        if (color.isIndexed()) {
            out.writeAscii(";" + base + ";5;" + color.getColorIndex());
        } else {
            com.techsenger.jeditermfx.core.Color c = color.toColor();
            out.writeAscii(";" + base + ";2;" + c.getRed() + ";" + c.getGreen() + ";" + c.getBlue());
        }
    }
}
