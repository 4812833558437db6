package dev.linger.app.ui;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

/** Keys every dialog of the app answers to, as users expect of any desktop dialog. */
public final class DialogKeys {
    private static final String CLOSE = "linger.closeDialog";

    private DialogKeys() {
    }

    /** Escape runs {@code close} (the dialog's Cancel or Close) from anywhere in the dialog. */
    public static void closeOnEscape(JDialog dialog, Runnable close) {
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), CLOSE);
        dialog.getRootPane().getActionMap().put(CLOSE, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                close.run();
            }
        });
    }
}
