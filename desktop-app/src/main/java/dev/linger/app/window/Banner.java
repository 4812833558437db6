package dev.linger.app.window;

import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.Color;

/** A strip across the top of a pane: a message and a few buttons. */
class Banner extends JPanel {
    private final JLabel message = new JLabel();

    Banner(String name, Color tint) {
        super(new MigLayout("insets 4 8 4 8, gap 6, hidemode 3", "[grow,fill]", "[]"));
        setName(name);
        message.setName(name + ".message");
        Color base = UIManager.getColor("Panel.background");
        setBackground(base == null ? tint : mix(base, tint));
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, tint));
        // The text gives way (cut, its whole in the tooltip) so the buttons always show.
        add(message, "wmin 0");
    }

    void setMessage(String text) {
        message.setText(text);
        message.setToolTipText(text);
    }

    String message() {
        return message.getText();
    }

    JButton addButton(String name, String text, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        add(b, "shrink 0");
        return b;
    }

    private static Color mix(Color a, Color b) {
        return new Color((a.getRed() * 3 + b.getRed()) / 4, (a.getGreen() * 3 + b.getGreen()) / 4,
                (a.getBlue() * 3 + b.getBlue()) / 4);
    }
}
