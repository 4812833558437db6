package dev.linger.app.window;

import javax.swing.Icon;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** The small mark before a tab's title: output while hidden, a bell, or an exited program. */
public enum MarkIcon implements Icon {
    ACTIVITY(new Color(0x3D, 0x8B, 0xD9)),
    BELL(new Color(0xE0, 0x8A, 0x1E)),
    EXITED(new Color(0x8A, 0x8A, 0x8A));

    private static final int SIZE = 10;
    private final Color color;

    MarkIcon(Color color) {
        this.color = color;
    }

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(color);
            switch (this) {
                case ACTIVITY -> g.fillOval(x + 2, y + 2, SIZE - 4, SIZE - 4);
                case BELL -> {
                    g.fillOval(x + 1, y + 1, SIZE - 2, SIZE - 2);
                    g.setColor(Color.WHITE);
                    g.fillRect(x + SIZE / 2 - 1, y + 3, 2, 3);
                    g.fillRect(x + SIZE / 2 - 1, y + 7, 2, 1);
                }
                case EXITED -> {
                    g.setStroke(new BasicStroke(1.6f));
                    g.drawOval(x + 1, y + 1, SIZE - 3, SIZE - 3);
                    g.drawLine(x + 3, y + 3, x + SIZE - 4, y + SIZE - 4);
                }
                default -> { }
            }
        } finally {
            g.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
