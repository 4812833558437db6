package dev.linger.app;

import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.agent.log.LogFiles;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.app.agent.AgentConnection;
import dev.linger.app.agent.AgentSessions;
import dev.linger.app.agent.SessionInfo;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.prefs.PreferencesDialog;
import dev.linger.app.prefs.ThemeSupport;
import dev.linger.app.restore.ReconcileRow;
import dev.linger.app.restore.Reconciler;
import dev.linger.app.restore.RestoreDialog;
import dev.linger.app.restore.RestoreRunner;
import dev.linger.app.sessions.SessionManagerDialog;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.WindowLayout;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.KeyMap;
import dev.linger.app.window.Pane;
import dev.linger.app.window.TerminalTab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.Image;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The Linger desktop app: opens desktop.db and the agent (starting it when absent), reconciles
 * the stored layout with the agent's sessions and asks what to restore, then runs windows of
 * tabs and splits on agent sessions. Quitting only detaches: every shell keeps running.
 */
public final class LingerApp {
    private static final Logger LOG = LoggerFactory.getLogger(LingerApp.class);
    /** How soon a tab follows its shell's cd; one session.list a period, however many panes. */
    private static final int REFRESH_MILLIS = 2_000;

    private final AppOptions options;
    private final LingerHome home;
    private final KeyMap keys = KeyMap.forPlatform();
    private final List<AppWindow> windows = new ArrayList<>();
    private final CompletableFuture<LingerApp> started = new CompletableFuture<>();
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private final List<Image> icons = AppIcons.load();
    private volatile Preferences prefs = Preferences.DEFAULTS;
    /** One app per home: two would overwrite each other's layout in desktop.db. */
    private PidLock lock;
    private DesktopStore store;
    private AgentConnection connection;
    private AgentSessions sessions;
    private LayoutSaver saver;
    private Map<String, SessionMeta> storedMetas = Map.of();
    private StartupSplash splash;
    private Timer refresher;
    private volatile boolean quitting;

    private LingerApp(AppOptions options) {
        this.options = options;
        this.home = options.home();
    }

    public static void main(String[] args) {
        launch(AppOptions.fromEnvironment());
    }

    /** Starts the app (the work runs on its own thread and the event thread); returns at once. */
    public static LingerApp launch(AppOptions options) {
        LingerApp app = new LingerApp(options);
        Thread t = new Thread(app::startup, "linger-startup");
        t.start();
        return app;
    }

    // ------------------------------------------------------------------ services

    public Preferences prefs() {
        return prefs;
    }

    public KeyMap keys() {
        return keys;
    }

    public AgentConnection connection() {
        return connection;
    }

    public AgentSessions sessions() {
        return sessions;
    }

    public StartupTrace trace() {
        return options.trace();
    }

    public List<Image> icons() {
        return icons;
    }

    public LingerHome home() {
        return home;
    }

    /** Completes once the windows are open (or exceptionally when the app could not start). */
    public CompletableFuture<LingerApp> started() {
        return started;
    }

    /** Completes with the exit status once the app has quit. */
    public CompletableFuture<Integer> finished() {
        return finished;
    }

    /** Event thread. */
    public List<AppWindow> windows() {
        return List.copyOf(windows);
    }

    /** Event thread: the windows, tabs or splits changed; desktop.db is written. */
    public void layoutChanged() {
        if (saver != null && !quitting) {
            saver.changed();
        }
    }

    /** Event thread: the sessions shown in some pane. */
    public Set<String> sessionIdsInPanes() {
        Set<String> out = new LinkedHashSet<>();
        for (AppWindow w : windows) {
            for (Pane p : w.panes()) {
                if (p.sessionId() != null) {
                    out.add(p.sessionId());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ launch

    private void startup() {
        try {
            Optional<PidLock> l;
            Path lockFile = home.dir().resolve("desktop.lock");
            try {
                home.ensureDirectories();
                l = PidLock.tryAcquire(lockFile);
            } catch (IOException e) {
                fail("Linger cannot use its directory " + home.dir() + ": " + e.getMessage());
                return;
            }
            if (l.isEmpty()) {
                fail("Linger is already open for " + home.dir() + " (process " + PidLock.holderPid(lockFile).map(String::valueOf).orElse("?")
                        + "). Use its window, or quit it first.");
                return;
            }
            lock = l.get();
            LogFiles.rollTo(home.appLog());
            String note = openStore();
            onEdt(() -> ThemeSupport.apply(prefs.theme(), false));
            try {
                connection = AgentConnection.open(home, () -> SwingUtilities.invokeLater(this::showSplash));
            } catch (IOException | ProtocolException e) {
                fail("Linger could not start its session agent: " + e.getMessage() + "\n\nThe agent's log is "
                        + home.agentLog() + ".");
                return;
            }
            sessions = new AgentSessions(connection);
            if (note != null) {
                onEdt(() -> {
                    hideSplash();
                    JOptionPane.showMessageDialog(null, note, "Linger", JOptionPane.WARNING_MESSAGE);
                });
            }
            RestoreRunner.Result restored = reconcile();
            onEdt(() -> openWindows(restored));
            started.complete(this);
            cleanUpDetached();
        } catch (RuntimeException | Error e) {
            LOG.error("startup failed", e);
            fail("Linger could not start: " + e);
        }
    }

    /** Opens desktop.db; returns a message for the user when it had to be moved aside or cannot be used. */
    private String openStore() {
        String note;
        try {
            DesktopStore.Opened opened = DesktopStore.open(home.desktopDb());
            store = opened.store();
            note = opened.note();
        } catch (IOException | SQLException e) {
            LOG.error("cannot open {}", home.desktopDb(), e);
            note = "Linger cannot open " + home.desktopDb() + " (" + e.getMessage() + "). It works, but will not"
                    + " remember its windows and tabs this time.";
            try {
                store = DesktopStore.inMemory();
            } catch (SQLException e2) {
                throw new IllegalStateException("SQLite is not usable: " + e2.getMessage(), e2);
            }
        }
        try {
            prefs = Preferences.fromMap(store.loadPrefs());
        } catch (SQLException e) {
            LOG.warn("cannot read preferences: {}", e.getMessage());
        }
        saver = new LayoutSaver(store, this::captureLayout);
        return note;
    }

    /** Reconciles desktop.db with the agent and, as the preferences say, asks what to restore. */
    private RestoreRunner.Result reconcile() {
        DesktopLayout layout;
        try {
            layout = store.loadLayout();
            storedMetas = store.loadSessions();
        } catch (SQLException e) {
            LOG.warn("cannot read the layout: {}", e.getMessage());
            layout = DesktopLayout.EMPTY;
        }
        List<SessionInfo> agentSessions;
        try {
            agentSessions = sessions.list();
        } catch (IOException | ProtocolException e) {
            LOG.warn("cannot list sessions: {}", e.getMessage());
            agentSessions = List.of();
        }
        List<ReconcileRow> rows = Reconciler.plan(layout, storedMetas, agentSessions);
        if (rows.isEmpty() || prefs.restore() == Preferences.RestoreMode.NEVER) {
            return new RestoreRunner.Result(DesktopLayout.EMPTY, Map.of());
        }
        Set<String> selected;
        if (prefs.restore() == Preferences.RestoreMode.ALWAYS) {
            selected = Reconciler.defaultSelection(rows);
        } else {
            List<ReconcileRow> withLines = withLastLines(rows);
            AtomicReference<RestoreDialog.Choice> choice = new AtomicReference<>();
            onEdt(() -> {
                hideSplash();
                RestoreDialog dialog = new RestoreDialog(null, withLines, id -> connection.async(() -> {
                    sessions.kill(id);
                    return null;
                }));
                dialog.setIconImages(icons);
                choice.set(dialog.ask());
            });
            RestoreDialog.Choice c = choice.get();
            if (c.restore() && c.always()) {
                setPrefs(prefs.withRestore(Preferences.RestoreMode.ALWAYS));
            }
            if (!c.restore()) {
                return new RestoreRunner.Result(DesktopLayout.EMPTY, Map.of());
            }
            selected = c.selected();
        }
        return RestoreRunner.run(sessions, layout, storedMetas, rows, selected);
    }

    private List<ReconcileRow> withLastLines(List<ReconcileRow> rows) {
        List<CompletableFuture<ReconcileRow>> futures = new ArrayList<>();
        for (ReconcileRow r : rows) {
            futures.add(r.status() == ReconcileRow.Status.RECREATE ? CompletableFuture.completedFuture(r)
                    : connection.async(() -> r.withLastLine(sessions.lastLine(r.id()))));
        }
        List<ReconcileRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (Exception e) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    /** Event thread: builds the windows, shows them, then attaches every pane at its laid-out size. */
    private void openWindows(RestoreRunner.Result restored) {
        hideSplash();
        Map<String, SessionMeta> metas = restored.sessions();
        List<AppWindow> opened = new ArrayList<>();
        int paneCount = 0;
        for (WindowLayout wl : restored.layout().windows()) {
            AppWindow w = new AppWindow(this, wl, windows.size());
            w.addTabs(wl, id -> new Pane(this, metas.getOrDefault(id, new SessionMeta(id, "", null, List.of(), Map.of(), null))));
            paneCount += w.panes().size();
            windows.add(w);
            opened.add(w);
        }
        trace().expectRestored(paneCount);
        if (opened.isEmpty()) {
            AppWindow w = new AppWindow(this, null, 0);
            windows.add(w);
            w.setVisible(true);
            trace().windowShown();
            saver.setEnabled(true);
            w.newTab();
            startRefresher();
            return;
        }
        for (AppWindow w : opened) {
            w.setVisible(true);
        }
        trace().windowShown();
        SwingUtilities.invokeLater(() -> {
            opened.forEach(AppWindow::connectPanes);
            saver.setEnabled(true);
            layoutChanged();
            startRefresher();
        });
    }

    private void showSplash() {
        if (splash == null && !started.isDone()) {
            splash = new StartupSplash("Starting the Linger agent…", icons);
            splash.setVisible(true);
        }
    }

    private void hideSplash() {
        if (splash != null) {
            splash.dispose();
            splash = null;
        }
    }

    /** Something stopped the launch: say what (with the log's path), then end. */
    private void fail(String message) {
        try {
            onEdt(() -> {
                hideSplash();
                if (!(javax.swing.UIManager.getLookAndFeel() instanceof com.formdev.flatlaf.FlatLaf)) {
                    ThemeSupport.apply(prefs.theme(), false);
                }
                JOptionPane pane = new JOptionPane(message, JOptionPane.ERROR_MESSAGE);
                var dialog = pane.createDialog(null, "Linger cannot start");
                dialog.setName("startupError");
                dialog.setIconImages(icons);
                dialog.setVisible(true);
                dialog.dispose();
            });
        } finally {
            started.completeExceptionally(new IllegalStateException(message));
            shutdown(1);
        }
    }

    // ------------------------------------------------------------------ running

    /** Keeps each pane's directory and name as the agent sees them (desktop.db's copy follows). */
    private void startRefresher() {
        refresher = new Timer(REFRESH_MILLIS, e -> refreshSessions());
        refresher.start();
    }

    private void refreshSessions() {
        if (quitting || connection == null || !connection.isConnected()) {
            return;
        }
        connection.async(() -> sessions.list()).thenAccept(list -> SwingUtilities.invokeLater(() -> {
            for (AppWindow w : windows) {
                for (Pane p : w.panes()) {
                    list.stream().filter(s -> s.id().equals(p.sessionId())).findFirst().ifPresent(p::update);
                }
            }
        }));
    }

    /** With a detached-session TTL set: sessions in no tab and without a client for that long are killed. */
    private void cleanUpDetached() {
        int days = prefs.detachedTtlDays();
        if (days <= 0) {
            return;
        }
        AtomicReference<Set<String>> shown = new AtomicReference<>();
        onEdt(() -> shown.set(sessionIdsInPanes()));
        connection.async(() -> {
            for (SessionInfo s : SessionManagerDialog.stale(sessions.list(), shown.get(), Duration.ofDays(days), Instant.now())) {
                LOG.info("session {} ({}) detached for more than {} days: killed", s.name(), s.id(), days);
                sessions.kill(s.id());
            }
            return null;
        });
    }

    /** Event thread: a new window with a new tab, in the directory of {@code from}'s focused pane. */
    public AppWindow newWindow(AppWindow from) {
        AppWindow w = new AppWindow(this, null, windows.size());
        windows.add(w);
        w.setVisible(true);
        Pane source = from == null ? null : from.focusedPane();
        w.newTabFrom(source);
        layoutChanged();
        return w;
    }

    /**
     * Event thread: shows a session as a tab: focuses it where it is already shown, else opens it
     * (resurrecting a restorable one) in {@code target} (or the first window).
     */
    public void openSessionAsTab(AppWindow target, SessionInfo info) {
        for (AppWindow w : windows) {
            for (TerminalTab t : w.terminalTabs()) {
                for (Pane p : t.panes()) {
                    if (info.id().equals(p.sessionId())) {
                        w.tabStrip().setSelectedComponent(t);
                        w.toFront();
                        t.focusPane(p);
                        return;
                    }
                }
            }
        }
        AppWindow w = target != null ? target : windows.isEmpty() ? newEmptyWindow() : windows.get(0);
        Supplier<SessionInfo> resolved = () -> info;
        connection.async(() -> info.restorable() ? sessions.restore(info.id()) : resolved.get())
                .whenComplete((si, error) -> SwingUtilities.invokeLater(() -> {
                    if (error != null) {
                        JOptionPane.showMessageDialog(w, "Cannot open " + info.name() + ": " + error.getMessage(),
                                "Linger", JOptionPane.ERROR_MESSAGE);
                        return;
                    }
                    Pane pane = new Pane(this, new SessionMeta(si.id(), si.name(), si.cwd(), si.argv(), Map.of(), si.lastActivity()));
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

    private AppWindow newEmptyWindow() {
        AppWindow w = new AppWindow(this, null, windows.size());
        windows.add(w);
        w.setVisible(true);
        return w;
    }

    public void showSessionManager(AppWindow owner) {
        SessionManagerDialog d = new SessionManagerDialog(owner, this);
        d.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                refocus(owner);
            }
        });
        d.setVisible(true);
    }

    public void showPreferences(Window owner) {
        float defaultSize = windows.isEmpty() || windows.get(0).panes().isEmpty() ? 13f
                : windows.get(0).panes().get(0).view().defaultFontSize();
        java.util.Optional<Preferences> answer = new PreferencesDialog(owner, prefs, defaultSize).ask();
        refocus(owner);
        answer.ifPresent(p -> {
            Preferences old = prefs;
            setPrefs(p);
            if (p.theme() != old.theme()) {
                ThemeSupport.apply(p.theme(), true);
            }
            for (AppWindow w : windows) {
                for (Pane pane : w.panes()) {
                    pane.applyFont(p);
                }
            }
        });
    }

    /** Saves preferences to desktop.db (any thread). */
    public void setPrefs(Preferences p) {
        prefs = p;
        try {
            store.savePrefs(p.toMap());
        } catch (SQLException e) {
            LOG.warn("cannot save preferences: {}", e.getMessage());
        }
    }

    /** Event thread: the layout of every window, and the app's copy of each pane's session. */
    private LayoutSaver.Captured captureLayout() {
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

    /**
     * Event thread: closes a window. Its shells keep running; the last window closing is quitting
     * (its layout is kept for the next launch).
     */
    public void closeWindow(AppWindow w) {
        if (quitting) {
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

    /** Event thread: writes the layout, detaches everything (every shell keeps running) and ends. */
    public void quit() {
        if (quitting) {
            return;
        }
        saver.writeNow(captureLayout());
        quitting = true;
        if (refresher != null) {
            refresher.stop();
        }
        for (AppWindow w : windows) {
            w.detachAll();
            w.dispose();
        }
        windows.clear();
        for (Window w : Window.getWindows()) {
            if (w instanceof javax.swing.JDialog d && d.isDisplayable() && d.getOwner() == null) {
                d.dispose();
            }
        }
        new Thread(() -> shutdown(0), "linger-quit").start();
    }

    private void shutdown(int status) {
        if (saver != null) {
            saver.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (store != null) {
            store.close();
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // released with the process anyway
            }
        }
        finished.complete(status);
        if (options.exitOnQuit()) {
            System.exit(status);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** For tests: the layout as it would be written now. */
    public DesktopLayout currentLayout() {
        return captureLayout().layout();
    }
}
