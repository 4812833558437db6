package dev.linger.app.restore;

import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.agent.AgentSessions;
import dev.linger.app.agent.NewSession;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries out the restore prompt's answer against the agent: resurrects and recreates what must
 * be, drops the panes of unticked sessions, adds a tab for each ticked session that was in none.
 * The result is the layout to open and what each of its panes shows. Blocking.
 */
public final class RestoreRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreRunner.class);

    /** The layout to open, and the session record of every pane in it. */
    public record Result(DesktopLayout layout, Map<String, SessionMeta> sessions) {
    }

    private RestoreRunner() {
    }

    public static Result run(AgentSessions agent, DesktopLayout stored, Map<String, SessionMeta> storedMeta,
                             List<ReconcileRow> rows, Set<String> selected) {
        Map<String, String> newIds = new HashMap<>();
        Map<String, SessionMeta> metas = new LinkedHashMap<>();
        List<TabLayout> extraTabs = new ArrayList<>();
        Map<String, SessionInfo> live = new HashMap<>();
        try {
            agent.list().forEach(s -> live.put(s.id(), s));
        } catch (IOException | ProtocolException e) {
            LOG.warn("cannot list sessions: {}", e.getMessage());
        }
        for (ReconcileRow row : rows) {
            if (!selected.contains(row.id())) {
                continue;
            }
            SessionMeta meta = storedMeta.get(row.id());
            try {
                SessionInfo info = switch (row.status()) {
                    case RUNNING, EXITED, NOT_IN_TAB -> live.get(row.id());
                    case RESURRECT, NOT_IN_TAB_SAVED -> agent.restore(row.id());
                    case RECREATE -> meta == null ? null : agent.create(new NewSession(meta.argv(), meta.cwd(),
                            meta.name(), meta.env(), 0, 0));
                };
                if (info == null) {
                    continue;
                }
                newIds.put(row.id(), info.id());
                metas.put(info.id(), new SessionMeta(info.id(), info.name(), info.cwd(),
                        info.argv().isEmpty() && meta != null ? meta.argv() : info.argv(),
                        meta == null ? Map.of() : meta.env(), info.lastActivity() == null ? Instant.now() : info.lastActivity()));
                if (!row.status().inLayout()) {
                    extraTabs.add(new TabLayout(info.name(), new PaneLayout.Leaf(info.id()), 0));
                }
            } catch (IOException | ProtocolException e) {
                // The pane is kept: it shows why its session could not be brought back.
                LOG.warn("cannot restore session {}: {}", row.id(), e.getMessage());
                if (row.status().inLayout()) {
                    newIds.put(row.id(), row.id());
                    metas.put(row.id(), meta != null ? meta
                            : new SessionMeta(row.id(), row.name(), row.cwd(), List.of(), Map.of(), row.lastActivity()));
                }
            }
        }
        DesktopLayout layout = stored.mapSessions(newIds::get);
        if (!extraTabs.isEmpty()) {
            List<WindowLayout> windows = new ArrayList<>(layout.windows());
            if (windows.isEmpty()) {
                windows.add(new WindowLayout(null, false, 0, extraTabs));
            } else {
                WindowLayout first = windows.get(0);
                List<TabLayout> tabs = new ArrayList<>(first.tabs());
                tabs.addAll(extraTabs);
                windows.set(0, new WindowLayout(first.bounds(), first.maximized(), first.selectedTab(), tabs));
            }
            layout = new DesktopLayout(windows);
        }
        return new Result(layout, metas);
    }
}
