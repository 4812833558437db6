package dev.linger.agent.session;

import dev.linger.term.CellText;
import dev.linger.term.ScrollbackStore;
import dev.linger.term.TerminalEngine;

import java.util.ArrayList;
import java.util.List;

/** An emulator's screen (and scrollback) as lines of text, as `linger capture` prints them. */
final class ScreenText {
    private ScreenText() {
    }

    /** Trailing blanks of each line and trailing blank lines are dropped; {@code ansi} keeps styles. */
    static List<String> capture(TerminalEngine engine, boolean history, boolean ansi) {
        List<String> lines = new ArrayList<>();
        if (history) {
            ScrollbackStore store = engine.scrollback();
            for (int i = 0; i < store.size(); i++) {
                lines.add(ansi ? CellText.ansi(store.line(i)) : store.text(i).stripTrailing());
            }
        }
        for (int y = 0; y < engine.rows(); y++) {
            var line = engine.textBuffer().getLine(y);
            lines.add(ansi ? CellText.ansi(line) : CellText.plain(line).stripTrailing());
        }
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return new ArrayList<>(lines.subList(0, end));
    }
}
