package dev.linger.app;

import dev.linger.app.agent.AgentConnection;
import dev.linger.app.agent.AgentSettings;
import dev.linger.app.agent.HostId;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.prefs.PreferencesDialog;
import dev.linger.app.prefs.ThemeSupport;
import dev.linger.app.restore.RestoreRunner;
import dev.linger.app.sessions.SessionManagerDialog;
import dev.linger.app.sessions.SessionsHost;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.WindowLayout;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.KeyMap;
import dev.linger.app.window.Pane;
import dev.linger.app.window.TerminalTab;
import dev.linger.app.window.WindowHost;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.awt.Image;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The app's open windows, and what they ask of the app ({@link WindowHost}): opening the launch's
 * windows, new and closed windows, a session opened as a tab, the preferences and the session
 * manager. Event thread.
 */
final class AppWindows implements WindowHost {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindows.class);
    private final LingerApp app;
    private final List<AppWindow> windows = new ArrayList<>();
    private final PaneRefresher refresher;

    AppWindows(LingerApp app) {
        this.app = app;
        this.refresher = new PaneRefresher(app.connections(), this::panes);
    }

    List<AppWindow> list() {
        return List.copyOf(windows);
    }

    // ------------------------------------------------------------------ WindowHost

    @Override
    public Preferences prefs() {
        return app.prefs();
    }

    @Override
    public KeyMap keys() {
        return app.keys();
    }

    @Override
    public List<Image> icons() {
        return app.icons();
    }

    @Override
    public void layoutChanged() {
        app.layoutChanged();
    }

    @Override
    public void firstTextPainted() {
        app.trace().firstText();
    }

    @Override
    public void snapshotApplied(Pane pane) {
        app.trace().restored(pane);
    }

    @Override
    public AgentConnection defaultConnection() {
        return app.connections().local();
    }

    @Override
    public void newWindow(AppWindow from) {
        AppWindow w = emptyWindow();
        w.newTabFrom(from == null ? null : from.focusedPane());
        layoutChanged();
    }

    @Override
    public void closeWindow(AppWindow w) {
        if (app.isQuitting()) {
            return;
        }
        if (windows.size() <= 1) {
            quit();
            return;
        }
        w.detachAll();
        windows.remove(w);
        w.dispose();
        layoutChanged();
    }

    @Override
    public void quit() {
        app.quit();
    }

    @Override
    /**
     * Asks the agent of the owner's focused pane (the default host's when none) for its scrollback
     * setting, off the event thread, then shows the preferences; the scrollback is that agent's.
     */
    public void showPreferences(AppWindow owner) {
        Pane focused = owner.focusedPane();
        AgentConnection connection = focused != null ? focused.connection() : defaultConnection();
        AgentSettings settings = new AgentSettings(connection);
        connection.async(settings::scrollbackLines).handle((lines, error) -> {
            if (error != null) {
                LOG.warn("cannot read the agent's scrollback setting: {}", error.getMessage());
            }
            OptionalInt scrollback = error == null ? OptionalInt.of(lines) : OptionalInt.empty();
            SwingUtilities.invokeLater(() -> showPreferences(owner, connection, settings, scrollback));
            return null;
        });
    }

    private void showPreferences(AppWindow owner, AgentConnection connection, AgentSettings settings,
                                 OptionalInt scrollback) {
        float defaultSize = windows.isEmpty() || windows.get(0).panes().isEmpty() ? 13f
                : windows.get(0).panes().get(0).view().defaultFontSize();
        PreferencesDialog dialog = new PreferencesDialog(owner, app.prefs(), scrollback, defaultSize);
        Optional<Preferences> answer = dialog.ask();
        refocus(owner);
        OptionalInt chosen = dialog.scrollbackLines();
        if (answer.isPresent() && chosen.isPresent() && !chosen.equals(scrollback)) {
            // The agent applies it to every session; each open pane hears of it from its session.
            connection.async(() -> settings.setScrollbackLines(chosen.getAsInt())).exceptionally(e -> {
                String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(owner, "The scrollback setting was not "
                        + "changed: " + message, "Linger", JOptionPane.WARNING_MESSAGE));
                return null;
            });
        }
        answer.ifPresent(p -> {
            Preferences old = app.prefs();
            app.setPrefs(p);
            if (p.theme() != old.theme()) {
                ThemeSupport.apply(p.theme(), true);
            }
            panes().forEach(pane -> pane.applyFont(p));
        });
    }

    /** The session manager of the owner's focused pane's host (the default host when it has none). */
    @Override
    public void showSessionManager(AppWindow owner) {
        Pane focused = owner.focusedPane();
        AgentConnection connection = focused != null ? focused.connection() : defaultConnection();
        SessionManagerDialog d = new SessionManagerDialog(owner, connection, app.prefs().detachedTtlDays(), new SessionsHost() {
            @Override
            public Set<String> sessionIdsInPanes(HostId host) {
                return AppWindows.this.sessionIdsInPanes(host);
            }

            @Override
            public void openAsTab(HostId host, SessionInfo info) {
                openSessionAsTab(owner.isDisplayable() ? owner : null, connection, info);
            }
        });
        d.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                refocus(owner);
            }
        });
        d.setVisible(true);
    }

    // ------------------------------------------------------------------ opening

    /**
     * Builds the launch's windows (one empty window with a new tab on {@code connection} when
     * nothing is restored), shows them, then attaches every pane at its laid-out size.
     */
    void open(RestoreRunner.Result restored, AgentConnection connection) {
        Map<String, SessionMeta> metas = restored.sessions();
        List<AppWindow> opened = new ArrayList<>();
        int paneCount = 0;
        for (WindowLayout wl : restored.layout().windows()) {
            AppWindow w = new AppWindow(this, wl, windows.size());
            w.addTabs(wl, id -> new Pane(this, connection,
                    metas.getOrDefault(id, new SessionMeta(id, "", null, List.of(), Map.of(), null))));
            paneCount += w.panes().size();
            windows.add(w);
            opened.add(w);
        }
        app.trace().expectRestored(paneCount);
        if (opened.isEmpty()) {
            AppWindow w = emptyWindow();
            app.trace().windowShown();
            app.startSavingLayout();
            w.newTabFrom(null);
            refresher.start();
            return;
        }
        for (AppWindow w : opened) {
            w.setVisible(true);
        }
        app.trace().windowShown();
        SwingUtilities.invokeLater(() -> {
            opened.forEach(AppWindow::connectPanes);
            app.startSavingLayout();
            layoutChanged();
            refresher.start();
        });
    }

    private AppWindow emptyWindow() {
        AppWindow w = new AppWindow(this, null, windows.size());
        windows.add(w);
        w.setVisible(true);
        return w;
    }

    /**
     * Shows a session of {@code connection}'s host as a tab: focuses it where it is already shown,
     * else opens it (resurrecting a restorable one) in {@code target} (or the first window).
     */
    void openSessionAsTab(AppWindow target, AgentConnection connection, SessionInfo info) {
        for (AppWindow w : windows) {
            for (TerminalTab t : w.terminalTabs()) {
                for (Pane p : t.panes()) {
                    if (p.connection() == connection && info.id().equals(p.sessionId())) {
                        w.tabStrip().setSelectedComponent(t);
                        w.toFront();
                        t.focusPane(p);
                        return;
                    }
                }
            }
        }
        AppWindow w = target != null ? target : windows.isEmpty() ? emptyWindow() : windows.get(0);
        connection.async(() -> info.restorable() ? connection.sessions().restore(info.id()) : info)
                .whenComplete((si, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        JOptionPane.showMessageDialog(w, "Cannot open " + info.name() + ": " + error.getMessage(),
                                "Linger", JOptionPane.ERROR_MESSAGE);
                        return;
                    }
                    Pane pane = new Pane(this, connection,
                            new SessionMeta(si.id(), si.name(), si.cwd(), si.argv(), Map.of(), si.lastActivity()));
                    TerminalTab tab = w.addTab(pane, 0, w.tabStrip().getTabCount());
                    w.tabStrip().setSelectedComponent(tab);
                    w.validate();
                    pane.connect();
                    pane.focusTerminal();
                    layoutChanged();
                }));
    }

    /**
     * Gives the keyboard back to the owner's pane once its dialog has closed: not every window
     * manager hands the focus back to the owner (none does under plain X).
     */
    private static void refocus(Window owner) {
        if (owner instanceof AppWindow w && w.focusedPane() != null) {
            w.focusedPane().focusTerminal();
        }
    }

    // ------------------------------------------------------------------ running

    private List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        windows.forEach(w -> out.addAll(w.panes()));
        return out;
    }

    /** The ids of {@code host}'s sessions shown in some pane. */
    Set<String> sessionIdsInPanes(HostId host) {
        Set<String> out = new LinkedHashSet<>();
        for (Pane p : panes()) {
            if (p.sessionId() != null && p.connection().host().equals(host)) {
                out.add(p.sessionId());
            }
        }
        return out;
    }

    /** The layout of every window, and the app's copy of each pane's session. */
    LayoutSaver.Captured capture() {
        List<WindowLayout> ws = new ArrayList<>();
        List<SessionMeta> metas = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AppWindow w : windows) {
            WindowLayout wl = w.windowLayout();
            if (!wl.tabs().isEmpty()) {
                ws.add(wl);
            }
            for (Pane p : w.panes()) {
                SessionMeta m = p.meta();
                if (m != null && seen.add(m.id())) {
                    metas.add(m);
                }
            }
        }
        return new LayoutSaver.Captured(new DesktopLayout(ws), metas);
    }

    /** Quitting: detaches every pane (every shell keeps running) and closes every window. */
    void closeAll() {
        refresher.stop();
        for (AppWindow w : windows) {
            w.detachAll();
            w.dispose();
        }
        windows.clear();
    }
}
