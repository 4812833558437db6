package dev.linger.app.restore;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.SessionMeta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN.md's reconcile table: what desktop.db's panes hold beside what the agent has, one row per
 * session. In a pane and live → reattach; in no pane but live → listed, opened only if asked;
 * only agent.db's snapshot left → resurrect; nothing left → recreate from desktop.db.
 */
public final class Reconciler {
    private Reconciler() {
    }

    public static List<ReconcileRow> plan(DesktopLayout layout, Map<String, SessionMeta> stored, List<SessionInfo> agent) {
        Map<String, SessionInfo> byId = new LinkedHashMap<>();
        agent.forEach(s -> byId.put(s.id(), s));
        List<ReconcileRow> rows = new ArrayList<>();
        Set<String> inLayout = new LinkedHashSet<>(layout.sessionIds());
        for (String id : inLayout) {
            SessionInfo live = byId.get(id);
            SessionMeta meta = stored.get(id);
            if (live != null) {
                ReconcileRow.Status status = live.restorable() ? ReconcileRow.Status.RESURRECT
                        : live.exited() ? ReconcileRow.Status.EXITED : ReconcileRow.Status.RUNNING;
                rows.add(new ReconcileRow(id, live.name(), status, live.cwd(), live.lastActivity(), ""));
            } else {
                rows.add(new ReconcileRow(id, meta == null ? id : meta.name(), ReconcileRow.Status.RECREATE,
                        meta == null ? null : meta.cwd(), meta == null ? null : meta.lastActivity(), ""));
            }
        }
        List<ReconcileRow> others = new ArrayList<>();
        for (SessionInfo s : agent) {
            if (inLayout.contains(s.id())) {
                continue;
            }
            others.add(new ReconcileRow(s.id(), s.name(), s.restorable() ? ReconcileRow.Status.NOT_IN_TAB_SAVED
                    : ReconcileRow.Status.NOT_IN_TAB, s.cwd(), s.lastActivity(), ""));
        }
        others.sort(Comparator.comparing(ReconcileRow::lastActivity, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
        rows.addAll(others);
        return rows;
    }

    /** The rows ticked when the prompt opens (and restored without asking): those in a pane. */
    public static Set<String> defaultSelection(List<ReconcileRow> rows) {
        Set<String> out = new LinkedHashSet<>();
        for (ReconcileRow r : rows) {
            if (r.status().inLayout()) {
                out.add(r.id());
            }
        }
        return out;
    }
}
