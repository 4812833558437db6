package dev.linger.app;

import net.miginfocom.swing.MigLayout;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.WindowConstants;
import java.awt.Image;
import java.util.List;

/** The small window shown while the agent is being started (it may take a second when cold). */
final class StartupSplash extends JFrame {
    StartupSplash(String message, List<Image> icons) {
        super("Linger — starting…");
        setName("startupSplash");
        setIconImages(icons);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        JPanel p = new JPanel(new MigLayout("insets 18 24 18 24, wrap 1", "[300!]", "[]8[]"));
        JLabel label = new JLabel(message);
        label.setName("startupMessage");
        p.add(label);
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        p.add(bar, "growx");
        setContentPane(p);
        pack();
        setLocationRelativeTo(null);
    }
}
