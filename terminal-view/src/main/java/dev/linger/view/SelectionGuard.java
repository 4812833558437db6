package dev.linger.view;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Notices output that overwrites selected text, so that the view drops the selection as xterm
 * and VTE do: a highlight over text it no longer describes would copy what the user never chose.
 * Only screen lines can change; a line is fixed once it has scrolled into the scrollback, so
 * at most a screenful is compared, and only while there is a selection. Caller holds the
 * emulator's lock.
 */
final class SelectionGuard {
    /** The selected text of each selected line that was on the screen, by absolute line. */
    private final Map<Long, String> screenText = new HashMap<>();

    /** Takes note of {@code s} (null: none); {@code firstScreenLine} is the screen's top line. */
    void remember(Selection s, long firstScreenLine, int columns, SelectionText text) {
        screenText.clear();
        if (s == null) {
            return;
        }
        for (long abs = Math.max(s.start().line(), firstScreenLine); abs <= s.end().line(); abs++) {
            screenText.put(abs, lineText(s, abs, columns, text));
        }
    }

    /** True when a selected line still on the screen no longer reads as it did. */
    boolean overwritten(Selection s, long firstScreenLine, int columns, SelectionText text) {
        Iterator<Map.Entry<Long, String>> it = screenText.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, String> e = it.next();
            if (e.getKey() < firstScreenLine) {
                it.remove();
            } else if (!e.getValue().equals(lineText(s, e.getKey(), columns, text))) {
                return true;
            }
        }
        return false;
    }

    private static String lineText(Selection s, long abs, int columns, SelectionText text) {
        int[] span = s.span(abs, columns);
        if (span == null) {
            return "";
        }
        return text.text(new Selection(new GridPos(abs, span[0]), new GridPos(abs, span[1]), false), columns);
    }
}
