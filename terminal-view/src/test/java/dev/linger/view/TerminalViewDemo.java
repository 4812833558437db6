package dev.linger.view;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens one terminal view on a local shell, to try the widget by hand.
 * Arguments: an optional command to run instead of the user's shell. {@code -Dlinger.theme=light}
 * picks the light theme.
 */
public final class TerminalViewDemo {
    /** A demo's history: any length will do; the product's is the agent's setting. */
    private static final int SCROLLBACK_LINES = 2_000;

    private TerminalViewDemo() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> open(List.of(args)));
    }

    private static void open(List<String> command) {
        if ("light".equals(System.getProperty("linger.theme"))) {
            FlatLightLaf.setup();
        } else {
            FlatDarkLaf.setup();
        }
        TerminalView view = new TerminalView(SCROLLBACK_LINES);
        TerminalPanel panel = new TerminalPanel(view);
        JFrame frame = new JFrame("Linger — terminal");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setContentPane(panel);
        frame.pack();
        frame.setLocationByPlatform(true);
        view.addPropertyChangeListener(TerminalView.TITLE_PROPERTY, e -> {
            String title = (String) e.getNewValue();
            frame.setTitle(title == null || title.isBlank() ? "Linger — terminal" : title + " — Linger");
        });
        view.addPropertyChangeListener(TerminalView.CLOSED_PROPERTY, e -> frame.dispose());
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                view.close();
            }
        });
        frame.setVisible(true);
        TerminalConnector connector = command.isEmpty()
                ? LocalPtyConnector.userShell(view.columns(), view.rows())
                : new LocalPtyConnector(new ArrayList<>(command), Map.of(), System.getProperty("user.home"), view.columns(), view.rows());
        view.connect(connector);
        view.requestFocusInWindow();
    }
}
