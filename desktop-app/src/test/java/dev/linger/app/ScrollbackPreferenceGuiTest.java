package dev.linger.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.store.StoreSettings;
import dev.linger.app.window.Pane;
import dev.linger.term.ScrollbackStore;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scrollback preference is the agent's setting: changing it in the dialog changes what an
 * open pane keeps at once, what a new pane keeps, and what both keep after the app detached
 * (quit) and attached again (relaunch): the same lines as the agent, no more, no fewer.
 */
class ScrollbackPreferenceGuiTest extends AppGuiTest {
    private static final int LINES = 500;

    @BeforeEach
    void restoreWithoutAsking() throws Exception {
        h.prefs(Map.of("restore", "always"));
    }

    @Test
    void openAndNewPanesKeepTheChosenScrollbackAcrossADetachAndReattach() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        Pane open = AppHarness.panes(app).get(0);
        h.awaitText(open, "$");
        String openId = edt(open::sessionId);
        h.type(openId, "seq 1 3000\r");
        h.awaitText(open, "3000");
        h.waitFor(() -> history(open).size() > 2 * LINES, "the open pane's history to hold more than the new limit");

        h.focus(open);
        h.chord(KeyEvent.VK_COMMA, KeyEvent.VK_CONTROL);
        DialogFixture d = h.dialog("preferencesDialog");
        assertThat(d.spinner("scrollbackLines").target().getValue()).as("the agent's setting")
                .isEqualTo(StoreSettings.DEFAULT_SCROLLBACK);
        d.spinner("scrollbackLines").select(LINES);
        h.clickToClose(d.button("okButton"));

        awaitKeeps(open, openId, "the open pane");
        assertThat(h.cli("config")).contains("scrollback = " + LINES);

        // A new tab's pane keeps as many.
        h.focus(open);
        h.chord(KeyEvent.VK_T, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == 2 && edt(() -> AppHarness.panes(app).get(1).sessionId() != null),
                "a new tab with its session");
        Pane fresh = AppHarness.panes(app).get(1);
        h.awaitText(fresh, "$");
        String freshId = edt(fresh::sessionId);
        h.type(freshId, "seq 1 2000\r");
        h.awaitText(fresh, "2000");
        awaitKeeps(fresh, freshId, "the new pane");
        h.type(openId, "seq 5001 6000\r");
        h.awaitText(open, "6000");
        awaitKeeps(open, openId, "the open pane after more output");

        // Detach (quit) and attach again (relaunch): each pane keeps what its session keeps.
        h.quit(app);
        LingerApp again = h.awaitStarted(h.launch());
        awaitKeeps(paneOf(again, openId), openId, "the reattached first pane");
        awaitKeeps(paneOf(again, freshId), freshId, "the reattached second pane");
    }

    /** Waits until the pane keeps at most {@link #LINES}, holds that many, and they are its session's. */
    private void awaitKeeps(Pane pane, String sessionId, String what) {
        List<String>[] seen = new List[2];
        h.waitFor(() -> {
            seen[0] = history(pane);
            seen[1] = agentHistory(sessionId);
            return limit(pane) == LINES && seen[0].size() == LINES && seen[0].equals(seen[1]);
        }, () -> what + " to keep its session's " + LINES + " lines; limit " + limit(pane) + ", pane holds "
                + seen[0].size() + ", the agent " + seen[1].size());
    }

    private static Pane paneOf(LingerApp app, String sessionId) {
        return AppHarness.panes(app).stream().filter(p -> sessionId.equals(edt(p::sessionId))).findFirst()
                .orElseThrow(() -> new AssertionError("no pane shows session " + sessionId));
    }

    private static int limit(Pane pane) {
        return read(pane, ScrollbackStore::maxLines);
    }

    /** The pane's history lines, trailing blanks trimmed, read under the view's lock. */
    private static List<String> history(Pane pane) {
        return read(pane, store -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < store.size(); i++) {
                out.add(store.text(i).stripTrailing());
            }
            return out;
        });
    }

    private static <T> T read(Pane pane, Function<ScrollbackStore, T> reader) {
        var engine = pane.view().engine();
        engine.textBuffer().lock();
        try {
            return reader.apply(engine.scrollback());
        } finally {
            engine.textBuffer().unlock();
        }
    }

    /** The session's history lines as the agent holds them: its capture with history, less its screen. */
    private List<String> agentHistory(String sessionId) {
        try {
            List<String> all = captured(sessionId, true);
            return all.subList(0, all.size() - captured(sessionId, false).size());
        } catch (Exception e) {
            return List.of();
        }
    }

    private List<String> captured(String sessionId, boolean history) throws Exception {
        JsonNode r = h.client().call(Methods.SESSION_CAPTURE, Json.object().put("session", sessionId).put("history", history));
        List<String> lines = new ArrayList<>();
        r.path("lines").forEach(l -> lines.add(l.asText().stripTrailing()));
        return lines;
    }
}
