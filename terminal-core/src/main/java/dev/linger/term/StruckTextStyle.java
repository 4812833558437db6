package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;

import java.util.EnumSet;

/**
 * A text style with strikethrough (SGR 9). The core's {@link TextStyle} has no such option, so
 * strikethrough is the type of the style: {@code TextStyle.equals} compares classes, which keeps
 * struck and plain text in separate runs everywhere the core merges cells of equal style.
 */
public final class StruckTextStyle extends TextStyle {
    private static final TextStyle.Option[] OPTIONS = TextStyle.Option.values();

    private StruckTextStyle(TerminalColor fg, TerminalColor bg, EnumSet<Option> options) {
        super(fg, bg, options);
    }

    public static boolean isStruck(TextStyle style) {
        return style instanceof StruckTextStyle;
    }

    /** {@code style} with strikethrough added. */
    public static TextStyle struck(TextStyle style) {
        if (style instanceof StruckTextStyle) {
            return style;
        }
        return new StruckTextStyle(style.getForeground(), style.getBackground(), options(style));
    }

    /** {@code style} without strikethrough; the shared empty style when nothing else is set. */
    public static TextStyle plain(TextStyle style) {
        if (!(style instanceof StruckTextStyle)) {
            return style;
        }
        return of(style.getForeground(), style.getBackground(), options(style), false);
    }

    static TextStyle of(TerminalColor fg, TerminalColor bg, EnumSet<Option> options, boolean struck) {
        if (struck) {
            return new StruckTextStyle(fg, bg, options);
        }
        // Callers test "style == TextStyle.EMPTY" as a fast path, so hand out that instance.
        if (fg == null && bg == null && options.isEmpty()) {
            return TextStyle.EMPTY;
        }
        return new TextStyle(fg, bg, options);
    }

    private static EnumSet<Option> options(TextStyle style) {
        EnumSet<Option> options = EnumSet.noneOf(Option.class);
        for (Option o : OPTIONS) {
            if (style.hasOption(o)) {
                options.add(o);
            }
        }
        return options;
    }

    /** Differs from the plain style's hash so row signatures notice strikethrough coming or going. */
    @Override
    public int hashCode() {
        return super.hashCode() * 31 + 9;
    }
}
