package dev.linger.app.window;

import dev.linger.app.prefs.Preferences;

/**
 * What a pane needs from the app around it, and no more: the preferences it starts with, the keys
 * the app keeps for itself, where to say that the layout changed, and the launch milestones it
 * reaches. Its agent is not here: a pane reaches the agent through the connection it was opened on.
 */
public interface PaneContext {
    Preferences prefs();

    KeyMap keys();

    /** Event thread: windows, tabs, splits or what a pane shows changed; desktop.db is written. */
    void layoutChanged();

    /** A pane painted its first text (a prompt or a restored screen). */
    void firstTextPainted();

    /** A pane's view took its session's snapshot. */
    void snapshotApplied(Pane pane);
}
