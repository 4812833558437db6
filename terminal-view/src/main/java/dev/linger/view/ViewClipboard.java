package dev.linger.view;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JOptionPane;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;

/**
 * Copy and paste for a {@link TerminalView}: the system clipboard, and X11's primary selection
 * (every finished mouse selection is copied there; the middle button pastes it). A paste is
 * bracketed when the program asked for bracketed paste; otherwise text with line breaks is typed
 * only if the {@link PasteConfirmer} agrees, and text over {@link TerminalView#MAX_PASTE_CHARS}
 * is refused with a message. Another application may hold the clipboard or offer data that is
 * not text: then nothing is copied or pasted, and the log says why. Event thread only.
 */
final class ViewClipboard {
    private static final Logger LOG = LoggerFactory.getLogger(ViewClipboard.class);

    private final TerminalView view;
    private PasteConfirmer confirmer = PasteConfirmer.DIALOG;

    ViewClipboard(TerminalView view) {
        this.view = view;
    }

    void setConfirmer(PasteConfirmer confirmer) {
        this.confirmer = confirmer;
    }

    void copySelection() {
        String text = view.selectedText();
        if (!text.isEmpty()) {
            write(Toolkit.getDefaultToolkit().getSystemClipboard(), text);
        }
    }

    /** A mouse selection was finished: X11's primary selection gets its text. */
    void selectionFinished() {
        Clipboard primary = Toolkit.getDefaultToolkit().getSystemSelection();
        String text = view.selectedText();
        if (primary != null && !text.isEmpty()) {
            write(primary, text);
        }
    }

    void pasteClipboard() {
        paste(read(Toolkit.getDefaultToolkit().getSystemClipboard()));
    }

    /** Middle click on X11: pastes the primary selection. */
    void pastePrimarySelection() {
        Clipboard primary = Toolkit.getDefaultToolkit().getSystemSelection();
        if (primary != null) {
            paste(read(primary));
        }
    }

    void paste(String text) {
        if (text == null || text.isEmpty() || view.connector() == null) {
            return;
        }
        if (text.length() > TerminalView.MAX_PASTE_CHARS) {
            JOptionPane.showMessageDialog(view, "The clipboard holds " + text.length() + " characters; at most "
                    + TerminalView.MAX_PASTE_CHARS + " can be pasted.", "Paste too large", JOptionPane.WARNING_MESSAGE);
            return;
        }
        boolean bracketed = view.engine().display().bracketedPaste();
        if (!bracketed && PasteText.hasLineBreak(text)) {
            boolean yes = confirmer.confirm(view, text, PasteText.lineCount(text));
            view.requestFocusInWindow();
            if (!yes) {
                return;
            }
        }
        view.sendUserInput(PasteText.encode(text, bracketed));
    }

    private static void write(Clipboard clipboard, String text) {
        try {
            StringSelection contents = new StringSelection(text);
            clipboard.setContents(contents, contents);
        } catch (IllegalStateException e) {
            LOG.warn("clipboard unavailable: {}", e.getMessage());
        }
    }

    /** The clipboard's text, or null when it holds none or cannot be read. */
    private static String read(Clipboard clipboard) {
        try {
            if (clipboard.isDataFlavorAvailable(DataFlavor.stringFlavor)) {
                return (String) clipboard.getData(DataFlavor.stringFlavor);
            }
        } catch (Exception e) {
            // Another application may hold the clipboard or offer broken data: paste nothing.
            LOG.warn("cannot read the clipboard: {}", e.toString());
        }
        return null;
    }
}
