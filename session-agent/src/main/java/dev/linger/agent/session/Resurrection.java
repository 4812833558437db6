package dev.linger.agent.session;

import dev.linger.agent.store.StoredSession;
import dev.linger.term.EngineRestart;
import dev.linger.term.TerminalEngine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Puts a dead session's past into the emulator of its new shell: the saved scrollback, the saved
 * screen (the main one, if a full-screen program had the alternate one), and a marker line that
 * says the old process has ended. The new shell's prompt follows below it.
 */
final class Resurrection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

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
        StringBuilder sb = new StringBuilder("\u001b[0;7m ").append(marker(saved)).append(" \u001b[0m\r\n");
        if (note != null) {
            sb.append("\u001b[0;1m").append(note).append("\u001b[0m\r\n");
        }
        EngineRestart.writeBelow(engine, sb.toString());
    }
}
