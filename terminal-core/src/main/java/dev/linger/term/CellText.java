package dev.linger.term;

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
}
