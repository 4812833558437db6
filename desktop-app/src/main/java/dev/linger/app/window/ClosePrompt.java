package dev.linger.app.window;

import javax.swing.JDialog;
import javax.swing.JOptionPane;
import java.awt.Component;
import java.util.List;

/**
 * The question before closing a pane or tab whose shell runs something: end it, keep it running
 * in the background (it stays in the session manager, in no tab), or leave the pane open.
 */
public final class ClosePrompt {
    public enum Choice { TERMINATE, KEEP, CANCEL }

    static final String TERMINATE = "Terminate";
    static final String KEEP = "Keep running in background";
    static final String CANCEL = "Cancel";

    private ClosePrompt() {
    }

    /** Asks; {@code running} lists "command (in session name)" for what runs now. */
    public static Choice ask(Component owner, String what, List<String> running) {
        String message;
        if (running.isEmpty()) {
            message = "Close " + what + "?";
        } else {
            message = "<html>" + escape(String.join(", ", running)) + (running.size() == 1 ? " is" : " are")
                    + " still running in " + escape(what) + ".<br>Terminate, or keep running in the background"
                    + " (it stays in the session manager)?</html>";
        }
        Object[] options = {TERMINATE, KEEP, CANCEL};
        JOptionPane pane = new JOptionPane(message, JOptionPane.WARNING_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
                options, CANCEL);
        JDialog dialog = pane.createDialog(owner, "Close " + what);
        dialog.setName("closePrompt");
        dialog.setVisible(true);
        dialog.dispose();
        Object v = pane.getValue();
        if (TERMINATE.equals(v)) {
            return Choice.TERMINATE;
        }
        if (KEEP.equals(v)) {
            return Choice.KEEP;
        }
        return Choice.CANCEL;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
