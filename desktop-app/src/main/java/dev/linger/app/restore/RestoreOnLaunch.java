package dev.linger.app.restore;

import dev.linger.agent.protocol.ProtocolException;
import dev.linger.app.agent.AgentConnection;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.ui.EventThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Image;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The launch's restore, start to end: reconciles desktop.db's layout with one agent's sessions,
 * asks which to restore as the preference says (or restores without asking, or starts fresh), and
 * carries the answer out. desktop.db's layout names no host, so it is reconciled with the
 * connection given (the local agent's). Blocking: runs on the launch's thread; the prompt on the
 * event thread.
 */
public final class RestoreOnLaunch {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreOnLaunch.class);
    private static final RestoreRunner.Result NOTHING = new RestoreRunner.Result(DesktopLayout.EMPTY, Map.of());

    /** How the prompt appears: with these icons, after {@code beforeShowing} (the splash goes). */
    public record Prompt(List<Image> icons, Runnable beforeShowing) {
    }

    private final DesktopStore store;
    private final AgentConnection connection;

    public RestoreOnLaunch(DesktopStore store, AgentConnection connection) {
        this.store = store;
        this.connection = connection;
    }

    /**
     * The layout to open and what its panes show; {@code rememberAlways} runs when the user ticked
     * "Always restore without asking".
     */
    public RestoreRunner.Result run(Preferences.RestoreMode mode, Prompt prompt, Runnable rememberAlways) {
        DesktopLayout layout;
        Map<String, SessionMeta> storedMetas = Map.of();
        try {
            layout = store.loadLayout();
            storedMetas = store.loadSessions();
        } catch (SQLException e) {
            LOG.warn("cannot read the layout: {}", e.getMessage());
            layout = DesktopLayout.EMPTY;
        }
        List<SessionInfo> agentSessions;
        try {
            agentSessions = connection.sessions().list();
        } catch (IOException | ProtocolException e) {
            LOG.warn("cannot list sessions: {}", e.getMessage());
            agentSessions = List.of();
        }
        List<ReconcileRow> rows = Reconciler.plan(layout, storedMetas, agentSessions);
        if (rows.isEmpty() || mode == Preferences.RestoreMode.NEVER) {
            return NOTHING;
        }
        Set<String> selected;
        if (mode == Preferences.RestoreMode.ALWAYS) {
            selected = Reconciler.defaultSelection(rows);
        } else {
            RestoreDialog.Choice c = ask(withLastLines(rows), prompt);
            if (c.restore() && c.always()) {
                rememberAlways.run();
            }
            if (!c.restore()) {
                return NOTHING;
            }
            selected = c.selected();
        }
        return RestoreRunner.run(connection.sessions(), layout, storedMetas, rows, selected);
    }

    private RestoreDialog.Choice ask(List<ReconcileRow> rows, Prompt prompt) {
        AtomicReference<RestoreDialog.Choice> choice = new AtomicReference<>();
        EventThread.runAndWait(() -> {
            prompt.beforeShowing().run();
            RestoreDialog dialog = new RestoreDialog(null, rows, id -> connection.async(() -> {
                connection.sessions().kill(id);
                return null;
            }));
            dialog.setIconImages(prompt.icons());
            choice.set(dialog.ask());
        });
        return choice.get();
    }

    /** The rows with the last line of each session's screen, read in parallel (a recreated one has none). */
    private List<ReconcileRow> withLastLines(List<ReconcileRow> rows) {
        List<CompletableFuture<ReconcileRow>> futures = new ArrayList<>();
        for (ReconcileRow r : rows) {
            futures.add(r.status() == ReconcileRow.Status.RECREATE ? CompletableFuture.completedFuture(r)
                    : connection.async(() -> r.withLastLine(connection.sessions().lastLine(r.id()))));
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
}
