package dev.linger.app.window;

import dev.linger.app.agent.AgentConnection;

import java.awt.Image;
import java.util.List;

/**
 * What a window asks of the app: its panes' context, plus the commands that reach beyond one
 * window (another window, closing one, quitting, the app's dialogs). Event thread.
 */
public interface WindowHost extends PaneContext {
    List<Image> icons();

    /** The connection a new tab opens on when there is no pane to take one from (the local agent today). */
    AgentConnection defaultConnection();

    /** A new window with a new tab, in the directory of {@code from}'s focused pane (on its host). */
    void newWindow(AppWindow from);

    /** The window asks to close: its shells keep running; the last window closing is quitting. */
    void closeWindow(AppWindow window);

    void showPreferences(AppWindow owner);

    void showSessionManager(AppWindow owner);

    /** Writes the layout, detaches everything (every shell keeps running) and ends. */
    void quit();
}
