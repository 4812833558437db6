package dev.linger.view;

import javax.swing.JPanel;
import javax.swing.JScrollBar;
import java.awt.BorderLayout;

/** A terminal view with its scrollbar and find bar: what a tab or a split pane holds. */
public final class TerminalPanel extends JPanel {
    private final TerminalView view;
    private final FindBar findBar;
    private final JScrollBar scrollBar;

    public TerminalPanel(TerminalView view) {
        super(new BorderLayout());
        this.view = view;
        this.findBar = new FindBar(view);
        this.scrollBar = new JScrollBar(JScrollBar.VERTICAL);
        scrollBar.setModel(view.scrollModel());
        scrollBar.setName("terminalScrollBar");
        scrollBar.setUnitIncrement(1);
        add(findBar, BorderLayout.NORTH);
        add(view, BorderLayout.CENTER);
        add(scrollBar, BorderLayout.EAST);
        view.setFindRequest(findBar::open);
    }

    public TerminalView view() {
        return view;
    }

    public FindBar findBar() {
        return findBar;
    }

    public JScrollBar scrollBar() {
        return scrollBar;
    }
}
