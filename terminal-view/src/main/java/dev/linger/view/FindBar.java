package dev.linger.view;

import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

/**
 * The find bar over a terminal: searches as you type (debounced), Enter or ↑ for the next older
 * match, Shift+Enter or ↓ for the next newer, Escape closes and gives the focus back.
 */
public final class FindBar extends JPanel {
    private final TerminalView view;
    private final JTextField field = new JTextField(24);
    private final JCheckBox matchCase = new JCheckBox("Match case");
    private final JLabel status = new JLabel(" ");
    private final Timer debounce;

    public FindBar(TerminalView view) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 2));
        this.view = view;
        setName("findBar");
        field.setName("findField");
        matchCase.setName("findMatchCase");
        status.setName("findStatus");
        field.putClientProperty("JTextField.placeholderText", "Find in scrollback");
        JButton older = new JButton("↑");
        older.setName("findOlder");
        older.setToolTipText("Older match (Enter)");
        JButton newer = new JButton("↓");
        newer.setName("findNewer");
        newer.setToolTipText("Newer match (Shift+Enter)");
        JButton close = new JButton("✕");
        close.setName("findClose");
        close.setToolTipText("Close (Escape)");
        add(new JLabel("Find:"));
        add(field);
        add(older);
        add(newer);
        add(matchCase);
        add(status);
        add(close);
        debounce = new Timer(150, e -> search());
        debounce.setRepeats(false);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                debounce.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                debounce.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                debounce.restart();
            }
        });
        matchCase.addActionListener(e -> search());
        older.addActionListener(e -> step(true));
        newer.addActionListener(e -> step(false));
        close.addActionListener(e -> close());
        bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "older", () -> step(true));
        bind(field, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK), "newer", () -> step(false));
        // Escape closes from any part of the bar (the field, a button, the check box).
        getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                close();
            }
        });
        setVisible(false);
    }

    private static void bind(JComponent c, KeyStroke key, String name, Runnable action) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        c.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    public void open() {
        setVisible(true);
        revalidate();
        field.selectAll();
        field.requestFocusInWindow();
    }

    public void close() {
        debounce.stop();
        view.finder().end();
        setVisible(false);
        revalidate();
        view.requestFocusInWindow();
    }

    public JTextField field() {
        return field;
    }

    private void search() {
        debounce.stop();
        int n = view.finder().find(field.getText(), matchCase.isSelected());
        showStatus(n);
    }

    private void step(boolean older) {
        if (debounce.isRunning() || !view.finder().model().active()) {
            search();
            return;
        }
        if (older) {
            view.finder().older();
        } else {
            view.finder().newer();
        }
        showStatus(view.finder().model().matches().size());
    }

    private void showStatus(int matches) {
        if (field.getText().isEmpty()) {
            status.setText(" ");
        } else if (matches == 0) {
            status.setText("No matches");
        } else {
            status.setText(view.finder().model().currentNumber() + " of " + matches);
        }
    }
}
