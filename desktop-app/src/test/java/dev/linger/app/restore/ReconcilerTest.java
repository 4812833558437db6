package dev.linger.app.restore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reconcile table of DESIGN.md, row by row. */
class ReconcilerTest {
    private static SessionInfo info(String id, String name, String state, String lastActivity) {
        ObjectNode n = Json.object().put("id", id).put("name", name).put("state", state).put("cwd", "/w/" + name)
                .put("lastActivity", lastActivity);
        return SessionInfo.of(n);
    }

    @Test
    void everyRowOfTheTable() {
        DesktopLayout layout = new DesktopLayout(List.of(new WindowLayout(null, false, 0, List.of(
                new TabLayout("t", new PaneLayout.Split(true, 0.5, new PaneLayout.Leaf("live"), new PaneLayout.Leaf("saved")), 0),
                new TabLayout("u", new PaneLayout.Split(true, 0.5, new PaneLayout.Leaf("gone"), new PaneLayout.Leaf("ended")), 0)))));
        Map<String, SessionMeta> stored = Map.of("gone", new SessionMeta("gone", "old-name", "/w/gone", List.of("/bin/sh"),
                Map.of(), Instant.parse("2026-01-01T00:00:00Z")));
        List<SessionInfo> agent = List.of(
                info("cli1", "from-cli", "running", "2026-03-01T00:00:00Z"),
                info("live", "a", "running", "2026-03-02T00:00:00Z"),
                info("saved", "b", "restorable", "2026-03-03T00:00:00Z"),
                info("ended", "c", "exited", "2026-03-04T00:00:00Z"),
                info("old", "d", "restorable", "2026-02-01T00:00:00Z"),
                info("cli2", "newer-cli", "running", "2026-03-05T00:00:00Z"));

        List<ReconcileRow> rows = Reconciler.plan(layout, stored, agent);

        assertThat(rows).extracting(ReconcileRow::id).containsExactly("live", "saved", "gone", "ended", "cli2", "cli1", "old");
        assertThat(rows).extracting(ReconcileRow::status).containsExactly(
                ReconcileRow.Status.RUNNING, ReconcileRow.Status.RESURRECT, ReconcileRow.Status.RECREATE,
                ReconcileRow.Status.EXITED, ReconcileRow.Status.NOT_IN_TAB, ReconcileRow.Status.NOT_IN_TAB,
                ReconcileRow.Status.NOT_IN_TAB_SAVED);
        assertThat(rows.get(2).name()).isEqualTo("old-name");
        assertThat(rows.get(2).cwd()).isEqualTo("/w/gone");
        assertThat(Reconciler.defaultSelection(rows)).containsExactly("live", "saved", "gone", "ended");
    }

    @Test
    void nothingAnywhereMeansNothingToAsk() {
        assertThat(Reconciler.plan(DesktopLayout.EMPTY, Map.of(), List.of())).isEmpty();
    }
}
