package dev.linger.view;

import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Component;

/**
 * Asks before a paste that could run commands unseen: text with line breaks going to a program
 * that has not enabled bracketed paste. Replaceable so an app can remember the answer.
 */
public interface PasteConfirmer {
    String DIALOG_TITLE = "Paste several lines?";
    String PASTE = "Paste";
    String CANCEL = "Cancel";

    /** Called on the event thread; true to paste. */
    boolean confirm(Component parent, String text, int lines);

    /** A modal dialog that shows the start of the text. */
    PasteConfirmer DIALOG = (parent, text, lines) -> {
        JTextArea preview = new JTextArea(text.length() > 2000 ? text.substring(0, 2000) + "\n…" : text, 8, 60);
        preview.setEditable(false);
        Object[] message = {
            "The text has " + lines + " lines. Pasting it may run each line as a command.",
            new JScrollPane(preview),
        };
        Object[] options = {PASTE, CANCEL};
        int answer = JOptionPane.showOptionDialog(parent, message, DIALOG_TITLE, JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, CANCEL);
        return answer == 0;
    };
}
