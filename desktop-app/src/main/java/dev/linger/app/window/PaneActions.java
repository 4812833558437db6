package dev.linger.app.window;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.agent.AgentConnection;
import dev.linger.app.agent.AgentSessions;
import dev.linger.app.agent.NewSession;
import dev.linger.app.agent.Revival;
import dev.linger.app.prefs.Preferences;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What panes do with their sessions, off the event thread, with the results back on it. Each pane's
 * work goes to the agent of the pane's own connection.
 */
final class PaneActions {
    private PaneActions() {
    }

    /**
     * Starts a new session for a pane that is laid out but has none yet, in the directory the
     * session {@code cwdOf} is in now (else {@code fallbackCwd}, else the home directory).
     */
    static void startSession(PaneContext context, Pane pending, String cwdOf, String fallbackCwd) {
        pending.view().fitGridToSize();
        int cols = pending.view().columns();
        int rows = pending.view().rows();
        List<String> argv = context.prefs().shellCommand();
        AgentSessions sessions = pending.connection().sessions();
        pending.connection().async(() -> {
            String cwd = fallbackCwd;
            if (cwdOf != null) {
                Optional<SessionInfo> src = sessions.find(cwdOf);
                if (src.isPresent() && src.get().cwd() != null) {
                    cwd = src.get().cwd();
                }
            }
            if (cwd == null) {
                cwd = System.getProperty("user.home");
            }
            return sessions.create(new NewSession(argv, cwd, null, Map.of(), cols, rows));
        }).whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                pending.showFailure("Cannot start a shell: " + message(error));
            } else {
                pending.bind(info, Map.of());
            }
        }));
    }

    /** The agent came back: the pane's session from agent.db's snapshot, else recreated. */
    static void resurrect(Pane pane) {
        pane.setBusy("Bringing the session back…");
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        String id = pane.sessionId();
        var meta = pane.meta();
        pane.connection().async(() -> Revival.revive(pane.connection().sessions(), id, meta, cols, rows))
                .whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        pane.showFailure("Cannot bring the session back: " + message(error));
                    } else {
                        pane.rebind(result.info());
                    }
                }));
    }

    /** A new shell in the pane, where its session last was; an old restorable session stays listed. */
    static void newShell(PaneContext context, Pane pane) {
        pane.setBusy("Starting a new shell…");
        String cwd = pane.cwd();
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        List<String> argv = context.prefs().shellCommand();
        AgentConnection connection = pane.connection();
        connection.async(() -> connection.sessions().create(new NewSession(argv, cwd, null, Map.of(), cols, rows)))
                .whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        pane.showFailure("Cannot start a shell: " + message(error));
                    } else {
                        pane.rebind(info);
                    }
                }));
    }

    /**
     * The shell exited: a new one with the same command starts here, then the exited session goes
     * (in that order: the pane has left the old session before it is killed, so the kill is not
     * taken for one from elsewhere, which would close the pane).
     */
    static void restart(Pane pane) {
        String old = pane.sessionId();
        var meta = pane.meta();
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        AgentConnection connection = pane.connection();
        AgentSessions sessions = connection.sessions();
        // While the exited session holds the name, the new one starts under another (renamed below).
        connection.async(() -> sessions.create(new NewSession(meta.argv(), meta.cwd(), meta.name(), meta.env(),
                cols, rows))).whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                pane.showFailure("Cannot restart: " + message(error));
                return;
            }
            pane.rebind(info);
            connection.async(() -> {
                sessions.kill(old);
                if (meta.name() != null && !meta.name().equals(info.name())) {
                    sessions.rename(info.id(), meta.name());
                }
                return null;
            });
        }));
    }

    /** Closes a pane: an idle shell ends; one running something asks first (as the preferences say). */
    static void close(AppWindow window, TerminalTab tab, Pane pane) {
        closePanes(window, List.of(pane), "session " + pane.label(), () -> window.removePane(tab, pane));
    }

    /** Closes a tab and every pane in it, asking once if any runs something. */
    static void closeTab(AppWindow window, TerminalTab tab) {
        closePanes(window, tab.panes(), "tab " + tab.label(), () -> window.removeTab(tab));
    }

    private static void closePanes(AppWindow window, List<Pane> panes, String what, Runnable removeFromWindow) {
        Preferences.CloseConfirm confirm = window.host().prefs().closeConfirm();
        List<Pane> live = panes.stream().filter(p -> p.sessionId() != null && p.state() == Pane.State.LIVE).toList();
        if (live.isEmpty() || confirm == Preferences.CloseConfirm.NEVER) {
            terminate(panes, removeFromWindow);
            return;
        }
        foregrounds(live).whenComplete((running, error) -> SwingUtilities.invokeLater(() -> {
            if (running.isEmpty() && confirm == Preferences.CloseConfirm.WHEN_RUNNING) {
                terminate(panes, removeFromWindow);
                return;
            }
            switch (ClosePrompt.ask(window, what, running)) {
                case TERMINATE -> terminate(panes, removeFromWindow);
                case KEEP -> removeFromWindow.run();
                default -> panes.get(0).focusTerminal();
            }
        }));
    }

    /** The programs running in front of the panes' shells (quoted), asking each pane's agent; never fails. */
    private static CompletableFuture<List<String>> foregrounds(List<Pane> live) {
        List<CompletableFuture<List<String>>> perHost = new ArrayList<>();
        byConnection(live).forEach((connection, ids) -> perHost.add(connection.async(() -> connection.sessions().list())
                .thenApply(list -> ids.stream().flatMap(id -> list.stream().filter(s -> s.id().equals(id)
                        && s.foreground() != null).findFirst().stream()).map(s -> "“" + s.foreground() + "”").toList())
                .exceptionally(error -> List.of())));
        return CompletableFuture.allOf(perHost.toArray(CompletableFuture[]::new))
                .thenApply(v -> perHost.stream().flatMap(f -> f.join().stream()).toList());
    }

    private static void terminate(List<Pane> panes, Runnable removeFromWindow) {
        Map<AgentConnection, List<String>> ids = byConnection(panes);
        // Detached first, so the kill is not taken for "killed elsewhere".
        removeFromWindow.run();
        ids.forEach((connection, sessionIds) -> connection.async(() -> {
            for (String id : sessionIds) {
                connection.sessions().kill(id);
            }
            return null;
        }));
    }

    /** The panes' session ids, by the connection each pane is on (in the panes' order). */
    private static Map<AgentConnection, List<String>> byConnection(List<Pane> panes) {
        Map<AgentConnection, List<String>> out = new LinkedHashMap<>();
        for (Pane p : panes) {
            if (p.sessionId() != null) {
                out.computeIfAbsent(p.connection(), c -> new ArrayList<>()).add(p.sessionId());
            }
        }
        return out;
    }

    static String message(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
