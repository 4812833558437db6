package dev.linger.term;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;


import com.techsenger.jeditermfx.core.util.CharUtils;

/** Plain text of emulator lines as a reader sees it. */
public final class CellText {
    private CellText() {
    }

    /**
     * What a reader sees for half a surrogate pair whose other half was written over: no output
     * can spell a lone half again, so a snapshot writes this in its place.
     */
    static final char LONE_HALF = '\uFFFD';

    /**
     * The line's characters, NUL cells as spaces, the second half of wide characters dropped, a
     * lone half of a surrogate pair as {@link #LONE_HALF}.
     */
    public static String plain(TerminalLine line) {
        String raw = line.getText();
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == CharUtils.DWC) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                int pair = pairCells(raw, i, raw.length());
                if (pair > 0) {
                    sb.append(c).append(raw.charAt(i + pair - 1));
                    i += pair - 1;
                } else {
                    sb.append(LONE_HALF);
                }
                continue;
            }
            sb.append(c == CharUtils.NUL_CHAR ? ' ' : c);
        }
        return sb.toString();
    }

    /**
     * The cells of the surrogate pair starting at {@code at} of {@code cells} and ending before
     * {@code end}: 2 (high, low), or 3 when the core put a wide one's filler between (see
     * {@link CoreCells}); 0 when no whole pair starts there.
     */
    static int pairCells(CharSequence cells, int at, int end) {
        if (!Character.isHighSurrogate(cells.charAt(at))) {
            return 0;
        }
        if (at + 1 < end && Character.isLowSurrogate(cells.charAt(at + 1))) {
            return 2;
        }
        if (at + 2 < end && cells.charAt(at + 1) == CharUtils.DWC && Character.isLowSurrogate(cells.charAt(at + 2))) {
            return 3;
        }
        return 0;
    }

    /** The line with SGR sequences for its styles, trailing default blanks trimmed, reset at the end. */
    public static String ansi(TerminalLine line) {
        StringBuilder out = new StringBuilder(128);
        int lastVisible = 0;
        boolean styled = false;
        TextStyle current = TextStyle.EMPTY;
        for (TerminalLine.TextEntry entry : line.getEntries()) {
            TextStyle style = entry.getStyle();
            CharBuffer text = entry.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == CharUtils.DWC) {
                    continue;
                }
                if (!style.equals(current)) {
                    out.append(SgrWriter.sequence(style));
                    current = style;
                    styled = true;
                }
                out.append(c == CharUtils.NUL_CHAR ? ' ' : c);
                boolean blank = c == CharUtils.NUL_CHAR || c == ' ';
                if (!blank || style.getBackground() != null || style.hasOption(TextStyle.Option.INVERSE)) {
                    lastVisible = out.length();
                }
            }
        }
        out.setLength(lastVisible);
        if (styled && lastVisible > 0) {
            out.append("\u001b[0m");
        }
        return out.toString();
    }
}
