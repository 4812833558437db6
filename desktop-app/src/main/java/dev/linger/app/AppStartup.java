package dev.linger.app;

import com.formdev.flatlaf.FlatLaf;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.agent.log.LogFiles;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.app.agent.AgentConnection;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.prefs.ThemeSupport;
import dev.linger.app.restore.RestoreOnLaunch;
import dev.linger.app.restore.RestoreRunner;
import dev.linger.app.sessions.DetachedCleanup;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.ui.EventThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The launch, in order: the home's lock, desktop.db and the preferences, the theme, the local
 * agent (started behind a splash when none answers), the restore, the windows, then the
 * detached-session clean-up. Anything that stops it is said in a dialog before the app ends.
 * Runs on its own thread; the windows and dialogs on the event thread.
 */
final class AppStartup {
    private static final Logger LOG = LoggerFactory.getLogger(AppStartup.class);

    private final LingerApp app;
    private final LingerHome home;
    /** Event thread only. */
    private StartupSplash splash;

    AppStartup(LingerApp app) {
        this.app = app;
        this.home = app.home();
    }

    void run() {
        try {
            if (!lockHome()) {
                return;
            }
            String note = openStore();
            EventThread.runAndWait(() -> ThemeSupport.apply(app.prefs().theme(), false));
            AgentConnection local;
            try {
                local = AgentConnection.open(home, () -> SwingUtilities.invokeLater(this::showSplash));
            } catch (IOException | ProtocolException e) {
                fail("Linger could not start its session agent: " + e.getMessage() + "\n\nThe agent's log is "
                        + home.agentLog() + ".");
                return;
            }
            app.connections().add(local);
            if (note != null) {
                EventThread.runAndWait(() -> {
                    hideSplash();
                    JOptionPane.showMessageDialog(null, note, "Linger", JOptionPane.WARNING_MESSAGE);
                });
            }
            RestoreRunner.Result restored = new RestoreOnLaunch(app.store(), local).run(app.prefs().restore(),
                    new RestoreOnLaunch.Prompt(app.icons(), this::hideSplash),
                    () -> app.setPrefs(app.prefs().withRestore(Preferences.RestoreMode.ALWAYS)));
            EventThread.runAndWait(() -> {
                hideSplash();
                app.windowSet().open(restored, local);
            });
            app.started().complete(app);
            cleanUpDetached();
        } catch (RuntimeException | Error e) {
            LOG.error("startup failed", e);
            fail("Linger could not start: " + e);
        }
    }

    /** Takes the home's lock; false (the user told why) when another app holds it or the home is unusable. */
    private boolean lockHome() {
        Optional<PidLock> l;
        Path lockFile = home.dir().resolve("desktop.lock");
        try {
            home.ensureDirectories();
            l = PidLock.tryAcquire(lockFile);
        } catch (IOException e) {
            fail("Linger cannot use its directory " + home.dir() + ": " + e.getMessage());
            return false;
        }
        if (l.isEmpty()) {
            fail("Linger is already open for " + home.dir() + " (process " + PidLock.holderPid(lockFile).map(String::valueOf).orElse("?")
                    + "). Use its window, or quit it first.");
            return false;
        }
        app.holdLock(l.get());
        // One app per home writes app.log: from here on this process logs there.
        LogFiles.rollTo(home.appLog());
        return true;
    }

    /** Opens desktop.db; returns a message for the user when it had to be moved aside or cannot be used. */
    private String openStore() {
        String note;
        DesktopStore store;
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
        app.useStore(store);
        return note;
    }

    /** With a detached-session TTL set: sessions in no tab and without a client for that long are killed, on every host. */
    private void cleanUpDetached() {
        int days = app.prefs().detachedTtlDays();
        if (days <= 0) {
            return;
        }
        for (AgentConnection c : app.connections().all()) {
            AtomicReference<Set<String>> shown = new AtomicReference<>();
            EventThread.runAndWait(() -> shown.set(app.windowSet().sessionIdsInPanes(c.host())));
            DetachedCleanup.killStale(c, shown.get(), days);
        }
    }

    private void showSplash() {
        if (splash == null && !app.started().isDone()) {
            splash = new StartupSplash("Starting the Linger agent…", app.icons());
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
            EventThread.runAndWait(() -> {
                hideSplash();
                if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
                    ThemeSupport.apply(app.prefs().theme(), false);
                }
                JOptionPane pane = new JOptionPane(message, JOptionPane.ERROR_MESSAGE);
                var dialog = pane.createDialog(null, "Linger cannot start");
                dialog.setName("startupError");
                dialog.setIconImages(app.icons());
                dialog.setVisible(true);
                dialog.dispose();
            });
        } finally {
            app.started().completeExceptionally(new IllegalStateException(message));
            app.shutdown(1);
        }
    }
}
