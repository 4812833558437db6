package dev.linger.term;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;


import com.techsenger.jeditermfx.core.util.CharUtils;

/** Plain text of emulator lines as a reader sees it. */
public final class CellText {
    private CellText() {
    }

    /** The line's characters, NUL cells as spaces, the second half of wide characters dropped. */
    public static String plain(TerminalLine line) {
        String raw = line.getText();
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == CharUtils.DWC) {
                continue;
            }
            sb.append(c == CharUtils.NUL_CHAR ? ' ' : c);
        }
        return sb.toString();
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
