package dev.linger.app.window;

import dev.linger.view.TerminalView;

import java.awt.Graphics;
import java.util.List;

/** The terminal view of a pane; tells once when it first painted text (a prompt, a restored screen). */
final class PaneView extends TerminalView {
    private Runnable firstText;

    PaneView(int scrollbackLines) {
        super(scrollbackLines);
    }

    void onFirstText(Runnable r) {
        firstText = r;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Runnable r = firstText;
        if (r != null) {
            List<String> rows = screenText();
            if (rows.stream().anyMatch(s -> !s.isBlank())) {
                firstText = null;
                r.run();
            }
        }
    }
}
