package dev.linger.app.window;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.LingerApp;
import dev.linger.app.agent.NewSession;
import dev.linger.app.agent.Revival;
import dev.linger.app.prefs.Preferences;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** What panes do with their sessions, off the event thread, with the results back on it. */
final class PaneActions {
    private PaneActions() {
    }

    /**
     * Starts a new session for a pane that is laid out but has none yet, in the directory the
     * session {@code cwdOf} is in now (else {@code fallbackCwd}, else the home directory).
     */
    static void startSession(LingerApp app, Pane pending, String cwdOf, String fallbackCwd) {
        pending.view().fitGridToSize();
        int cols = pending.view().columns();
        int rows = pending.view().rows();
        List<String> argv = app.prefs().shellCommand();
        app.connection().async(() -> {
            String cwd = fallbackCwd;
            if (cwdOf != null) {
                Optional<SessionInfo> src = app.sessions().find(cwdOf);
                if (src.isPresent() && src.get().cwd() != null) {
                    cwd = src.get().cwd();
                }
            }
            if (cwd == null) {
                cwd = System.getProperty("user.home");
            }
            return app.sessions().create(new NewSession(argv, cwd, null, Map.of(), cols, rows));
        }).whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                pending.showFailure("Cannot start a shell: " + message(error));
            } else {
                pending.bind(info, Map.of());
            }
        }));
    }

    /** The agent came back: the pane's session from agent.db's snapshot, else recreated. */
    static void resurrect(LingerApp app, Pane pane) {
        pane.setBusy("Bringing the session back…");
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        String id = pane.sessionId();
        var meta = pane.meta();
        app.connection().async(() -> Revival.revive(app.sessions(), id, meta, cols, rows))
                .whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        pane.showFailure("Cannot bring the session back: " + message(error));
                    } else {
                        pane.rebind(result.info());
                    }
                }));
    }

    /** A new shell in the pane, where its session last was; an old restorable session stays listed. */
    static void newShell(LingerApp app, Pane pane) {
        pane.setBusy("Starting a new shell…");
        String cwd = pane.cwd();
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        List<String> argv = app.prefs().shellCommand();
        app.connection().async(() -> app.sessions().create(new NewSession(argv, cwd, null, Map.of(), cols, rows)))
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
    static void restart(LingerApp app, Pane pane) {
        String old = pane.sessionId();
        var meta = pane.meta();
        int cols = pane.view().columns();
        int rows = pane.view().rows();
        // While the exited session holds the name, the new one starts under another (renamed below).
        app.connection().async(() -> app.sessions().create(new NewSession(meta.argv(), meta.cwd(), meta.name(), meta.env(),
                cols, rows))).whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                pane.showFailure("Cannot restart: " + message(error));
                return;
            }
            pane.rebind(info);
            app.connection().async(() -> {
                app.sessions().kill(old);
                if (meta.name() != null && !meta.name().equals(info.name())) {
                    app.sessions().rename(info.id(), meta.name());
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
        LingerApp app = window.app();
        Preferences.CloseConfirm confirm = app.prefs().closeConfirm();
        List<Pane> live = panes.stream().filter(p -> p.sessionId() != null && p.state() == Pane.State.LIVE).toList();
        if (live.isEmpty() || confirm == Preferences.CloseConfirm.NEVER) {
            terminate(app, panes, removeFromWindow);
            return;
        }
        app.connection().async(() -> app.sessions().list()).whenComplete((list, error) -> SwingUtilities.invokeLater(() -> {
            List<String> running = new ArrayList<>();
            if (list != null) {
                for (Pane p : live) {
                    list.stream().filter(s -> s.id().equals(p.sessionId()) && s.foreground() != null).findFirst()
                            .ifPresent(s -> running.add("“" + s.foreground() + "”"));
                }
            }
            if (running.isEmpty() && confirm == Preferences.CloseConfirm.WHEN_RUNNING) {
                terminate(app, panes, removeFromWindow);
                return;
            }
            switch (ClosePrompt.ask(window, what, running)) {
                case TERMINATE -> terminate(app, panes, removeFromWindow);
                case KEEP -> removeFromWindow.run();
                default -> panes.get(0).focusTerminal();
            }
        }));
    }

    private static void terminate(LingerApp app, List<Pane> panes, Runnable removeFromWindow) {
        List<String> ids = panes.stream().map(Pane::sessionId).filter(java.util.Objects::nonNull).toList();
        // Detached first, so the kill is not taken for "killed elsewhere".
        removeFromWindow.run();
        app.connection().async(() -> {
            for (String id : ids) {
                app.sessions().kill(id);
            }
            return null;
        });
    }

    static String message(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
