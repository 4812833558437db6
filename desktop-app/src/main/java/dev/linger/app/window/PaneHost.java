package dev.linger.app.window;

/** What holds a pane (its tab) hears from it, on the event thread. */
public interface PaneHost {
    /** Label, title, state or marks changed. */
    void paneChanged(Pane pane);

    /** The pane's terminal got the keyboard focus. */
    void paneFocused(Pane pane);

    /** The session is gone (killed elsewhere): the pane goes too, without asking. */
    void paneKilled(Pane pane);

    /** A button of one of the pane's banners. */
    void paneAction(Pane pane, PaneAction action);

    enum PaneAction {
        /** Bring the session back after the agent died (agent.db's snapshot, else recreate it). */
        RESURRECT,
        /** A new shell in this pane, in its last directory. */
        NEW_SHELL,
        /** The shell exited: start it again here. */
        RESTART,
        /** Close the pane. */
        CLOSE
    }
}
