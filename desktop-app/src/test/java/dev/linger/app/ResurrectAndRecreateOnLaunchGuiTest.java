package dev.linger.app;

import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;
import dev.linger.app.window.Pane;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconcile rows for sessions the agent lost: one whose snapshot agent.db kept comes back
 * resurrected (its old screen above a "restored" marker); one with nothing saved is recreated from
 * desktop.db — same shell, directory and name, a new id in the same pane.
 */
class ResurrectAndRecreateOnLaunchGuiTest extends AppGuiTest {
    @Test
    void savedSessionIsResurrectedAndUnsavedOneRecreated() throws Exception {
        Path kept = Files.createDirectory(h.dir.resolve("kept-dir"));
        Path lost = Files.createDirectory(h.dir.resolve("lost-dir"));
        SessionInfo a = h.createSession("keep-me", kept);
        SessionInfo b = h.createSession("lose-me", lost);
        h.type(a.id(), "echo before-the-stop\r");
        h.waitFor(() -> {
            try {
                return h.capture(a.id()).contains("before-the-stop");
            } catch (Exception e) {
                return false;
            }
        }, "output in keep-me");
        DesktopLayout layout = new DesktopLayout(List.of(new WindowLayout(new Rectangle(40, 40, 900, 600), false, 0,
                List.of(new TabLayout("keep-me", new PaneLayout.Split(true, 0.5, new PaneLayout.Leaf(a.id()),
                        new PaneLayout.Leaf(b.id())), 1)))));
        List<String> bash = List.of("/bin/bash", "--noprofile", "--norc");
        try (DesktopStore store = DesktopStore.open(h.home.desktopDb()).store()) {
            store.saveLayout(layout, List.of(
                    new SessionMeta(a.id(), "keep-me", kept.toString(), bash, Map.of("PS1", "$ "), Instant.now()),
                    new SessionMeta(b.id(), "lose-me", lost.toString(), bash, Map.of("PS1", "$ ", "HISTFILE", "/dev/null"),
                            Instant.now())));
        }
        // The agent stops (a reboot, say): both sessions are saved in agent.db; then one is forgotten.
        long pid = h.agentPid();
        h.client().call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        h.client().call(Methods.SESSION_FORGET, Json.object().put("session", b.id()));
        assertThat(h.session(a.id()).restorable()).isTrue();
        assertThat(h.session(b.id())).isNull();

        LingerApp app = h.launch();
        DialogFixture prompt = h.dialog("restoreDialog");
        prompt.label("status:keep-me").requireText("will be resurrected");
        prompt.label("status:lose-me").requireText("will be recreated");
        assertThat(prompt.label("lastLine:keep-me").text()).isEqualTo("$");
        h.clickToClose(prompt.button("restoreButton"));
        h.awaitStarted(app);

        Pane resurrected = AppHarness.pane(app, "keep-me");
        Pane recreated = AppHarness.pane(app, "lose-me");
        assertThat(edt(resurrected::sessionId)).isEqualTo(a.id());
        h.awaitText(resurrected, "before-the-stop");
        h.awaitScreenMatchesAgent(resurrected);
        assertThat(AppHarness.screen(resurrected).toLowerCase()).contains("restored");
        String newId = edt(recreated::sessionId);
        assertThat(newId).isNotEqualTo(b.id());
        SessionInfo again = h.session(newId);
        assertThat(again.name()).isEqualTo("lose-me");
        assertThat(again.cwd()).isEqualTo(lost.toString());
        assertThat(again.argv()).containsExactlyElementsOf(bash);
        h.awaitText(recreated, "$");
        h.awaitScreenMatchesAgent(recreated);

        // desktop.db follows: the same split, the recreated session under its new id.
        h.waitFor(() -> edt(() -> app.currentLayout().sessionIds()).equals(List.of(a.id(), newId)), "the new layout");
        h.quit(app);
        try (DesktopStore store = DesktopStore.open(h.home.desktopDb()).store()) {
            assertThat(store.loadLayout().sessionIds()).containsExactly(a.id(), newId);
            assertThat(store.loadSessions().get(newId).cwd()).isEqualTo(lost.toString());
        }
    }
}
