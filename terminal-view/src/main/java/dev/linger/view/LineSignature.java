package dev.linger.view;

import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;

import java.util.List;

/**
 * A 64-bit hash of a line's characters and styles. The view compares each visible row's hash
 * with the one it last painted to repaint only rows that changed; a screen of 200×60 hashes in
 * a few microseconds.
 */
final class LineSignature {
    private LineSignature() {
    }

    static long of(TerminalLine line) {
        long h = line.isWrapped() ? 0x5bd1e995L : 1;
        List<TerminalLine.TextEntry> entries = line.getEntries();
        for (int e = 0, n = entries.size(); e < n; e++) {
            TerminalLine.TextEntry entry = entries.get(e);
            TextStyle style = entry.getStyle();
            h = h * 0x100000001B3L + (style == TextStyle.EMPTY ? 0 : style.hashCode());
            CharBuffer text = entry.getText();
            char[] buf = text.getBuf();
            for (int i = text.getStart(), end = i + text.length(); i < end; i++) {
                h = h * 31 + buf[i];
            }
            h = h * 0x100000001B3L + text.length();
        }
        return h ^ (h >>> 29);
    }

    /** True when the line has blinking text, whose look changes with the blink phase. */
    static boolean blinks(TerminalLine line) {
        for (TerminalLine.TextEntry entry : line.getEntries()) {
            TextStyle s = entry.getStyle();
            if (s.hasOption(TextStyle.Option.SLOW_BLINK) || s.hasOption(TextStyle.Option.RAPID_BLINK)) {
                return true;
            }
        }
        return false;
    }
}
