package dev.linger.app.window;

import javax.swing.JButton;
import java.awt.Color;

/**
 * Shown in every pane whose session went away with the agent: the agent is being restarted, then
 * the pane offers to resurrect its session (agent.db's snapshot, else a recreation from
 * desktop.db) or to start a new shell. The terminal keeps showing what it last showed.
 */
final class AgentDeathBanner extends Banner {
    private final JButton resurrect;
    private final JButton newShell;

    AgentDeathBanner(Runnable onResurrect, Runnable onNewShell) {
        super("agentDeathBanner", new Color(0xD9, 0x7A, 0x2B));
        resurrect = addButton("resurrectButton", "Resurrect", onResurrect);
        newShell = addButton("newShellButton", "New shell", onNewShell);
        setAgentBack(false);
    }

    /** While the agent restarts the buttons wait; once it answers they work. */
    void setAgentBack(boolean back) {
        setMessage(back ? "The Linger agent stopped and was restarted."
                : "The Linger agent stopped. Restarting it…");
        resurrect.setEnabled(back);
        newShell.setEnabled(back);
    }

    void setBusy(String text) {
        setMessage(text);
        resurrect.setEnabled(false);
        newShell.setEnabled(false);
    }
}
