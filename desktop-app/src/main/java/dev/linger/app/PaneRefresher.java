package dev.linger.app;

import dev.linger.app.agent.AgentConnection;
import dev.linger.app.agent.AgentConnections;
import dev.linger.app.window.Pane;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps each pane's directory and name as its agent sees them (a tab follows its shell's cd, and
 * desktop.db's copy follows the tab): one session.list per connected host a period, however many
 * panes. Event thread.
 */
final class PaneRefresher {
    /** How soon a tab follows its shell's cd. */
    private static final int PERIOD_MILLIS = 2_000;

    private final Timer timer;

    PaneRefresher(AgentConnections connections, Supplier<List<Pane>> panes) {
        timer = new Timer(PERIOD_MILLIS, e -> refresh(connections, panes));
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    private static void refresh(AgentConnections connections, Supplier<List<Pane>> panes) {
        for (AgentConnection c : connections.all()) {
            if (!c.isConnected()) {
                continue;
            }
            c.async(() -> c.sessions().list()).thenAccept(list -> SwingUtilities.invokeLater(() -> {
                for (Pane p : panes.get()) {
                    if (p.connection() == c) {
                        list.stream().filter(s -> s.id().equals(p.sessionId())).findFirst().ifPresent(p::update);
                    }
                }
            }));
        }
    }
}
