package dev.linger.app;

import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.app.agent.AgentConnections;
import dev.linger.app.agent.HostId;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.KeyMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JDialog;
import java.awt.Image;
import java.awt.Window;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The Linger desktop app while it runs: what it holds (the lock on its home, desktop.db, one
 * connection per agent host, the preferences, the windows) and how it ends. Quitting only
 * detaches: every shell keeps running. The launch is {@link AppStartup}'s, the windows are
 * {@link AppWindows}'.
 */
public final class LingerApp {
    private static final Logger LOG = LoggerFactory.getLogger(LingerApp.class);

    private final AppOptions options;
    private final KeyMap keys = KeyMap.forPlatform();
    private final List<Image> icons = AppIcons.load();
    private final AgentConnections connections = new AgentConnections();
    private final AppWindows windows = new AppWindows(this);
    private final CompletableFuture<LingerApp> started = new CompletableFuture<>();
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile Preferences prefs = Preferences.DEFAULTS;
    /** One app per home: two would overwrite each other's layout in desktop.db. */
    private PidLock lock;
    private DesktopStore store;
    private LayoutSaver saver;
    private volatile boolean quitting;

    private LingerApp(AppOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        launch(AppOptions.fromEnvironment());
    }

    /** Starts the app (the work runs on its own thread and the event thread); returns at once. */
    public static LingerApp launch(AppOptions options) {
        LingerApp app = new LingerApp(options);
        Thread t = new Thread(new AppStartup(app)::run, "linger-startup");
        t.start();
        return app;
    }

    // ------------------------------------------------------------------ what it holds

    Preferences prefs() {
        return prefs;
    }

    /** Saves preferences to desktop.db (any thread). */
    void setPrefs(Preferences p) {
        prefs = p;
        try {
            store.savePrefs(p.toMap());
        } catch (SQLException e) {
            LOG.warn("cannot save preferences: {}", e.getMessage());
        }
    }

    KeyMap keys() {
        return keys;
    }

    List<Image> icons() {
        return icons;
    }

    StartupTrace trace() {
        return options.trace();
    }

    LingerHome home() {
        return options.home();
    }

    /** The open agent connections, one per host (only the local agent's today). */
    AgentConnections connections() {
        return connections;
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
        return windows.list();
    }

    /** Event thread: the ids of {@code host}'s sessions that some pane shows. */
    public Set<String> sessionIdsInPanes(HostId host) {
        return windows.sessionIdsInPanes(host);
    }

    /** For tests: the layout as it would be written now (event thread). */
    public DesktopLayout currentLayout() {
        return windows.capture().layout();
    }

    DesktopStore store() {
        return store;
    }

    AppWindows windowSet() {
        return windows;
    }

    boolean isQuitting() {
        return quitting;
    }

    /** Event thread: the windows, tabs or splits changed; desktop.db is written. */
    void layoutChanged() {
        if (saver != null && !quitting) {
            saver.changed();
        }
    }

    // ------------------------------------------------------------------ taken at launch

    /** The launch got the home's lock: held until the app ends. */
    void holdLock(PidLock l) {
        lock = l;
    }

    /** The launch opened desktop.db: the preferences come from it, and the layout goes to it from now on. */
    void useStore(DesktopStore s) {
        store = s;
        try {
            prefs = Preferences.fromMap(store.loadPrefs());
        } catch (SQLException e) {
            LOG.warn("cannot read preferences: {}", e.getMessage());
        }
        saver = new LayoutSaver(store, windows::capture);
    }

    /** Event thread: the windows are built and attached; layout changes are written from now on. */
    void startSavingLayout() {
        saver.setEnabled(true);
    }

    // ------------------------------------------------------------------ ending

    /** Event thread: writes the layout, detaches everything (every shell keeps running) and ends. */
    public void quit() {
        if (quitting) {
            return;
        }
        saver.writeNow(windows.capture());
        quitting = true;
        windows.closeAll();
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isDisplayable() && d.getOwner() == null) {
                d.dispose();
            }
        }
        new Thread(() -> shutdown(0), "linger-quit").start();
    }

    /** Lets go of everything the app holds, in order, and ends with {@code status}. */
    void shutdown(int status) {
        if (saver != null) {
            saver.close();
        }
        connections.close();
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
}
