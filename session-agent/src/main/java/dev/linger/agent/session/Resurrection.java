package dev.linger.agent.session;

import dev.linger.agent.store.StoredSession;
import dev.linger.term.TerminalEngine;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a dead session's past into the emulator of its new shell: the saved scrollback, the saved
 * screen (the main one, if a full-screen program had the alternate one), and a marker line that
 * says the old process has ended. The new shell's prompt follows below it.
 */
final class Resurrection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** Modes a program may have left on: a new shell expects none of them. */
    private static final String PLAIN_MODES = "\u001b[?1049l\u001b[?1047l\u001b[?1000l\u001b[?1001l\u001b[?1002l\u001b[?1003l"
            + "\u001b[?1005l\u001b[?1006l\u001b[?1015l\u001b[?2004l\u001b[?1l\u001b>\u001b[?25h\u001b[?7h\u001b[r\u001b[0m";

    private Resurrection() {
    }

    static String marker(StoredSession saved) {
        String was = saved.foreground == null ? "" : " (it was running: " + saved.foreground + ")";
        return "restored from " + WHEN.format(saved.taken) + "; the previous process has ended" + was;
    }

    static void apply(TerminalEngine engine, StoredSession saved, String note) {
        engine.resize(saved.columns, saved.rows);
        if (saved.scrollback.length > 0) {
            engine.scrollback().loadBytes(saved.scrollback);
        }
        if (saved.screen.length > 0) {
            engine.feed(saved.screen);
        }
        StringBuilder sb = new StringBuilder(PLAIN_MODES);
        List<String> rows = engine.screenLines();
        int last = rows.size() - 1;
        while (last >= 0 && rows.get(last).isEmpty()) {
            last--;
        }
        // Below the last written row; at the bottom, a newline scrolls the screen up for room.
        int row = Math.min(last + 2, engine.rows());
        sb.append("\u001b[").append(row).append(";1H");
        if (last + 2 > engine.rows()) {
            sb.append("\r\n");
        }
        sb.append("\u001b[0;7m ").append(marker(saved)).append(" \u001b[0m\r\n");
        if (note != null) {
            sb.append("\u001b[0;1m").append(note).append("\u001b[0m\r\n");
        }
        engine.feed(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
