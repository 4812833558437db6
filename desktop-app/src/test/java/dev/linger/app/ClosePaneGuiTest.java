package dev.linger.app;

import dev.linger.app.agent.HostId;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.window.Pane;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a pane: an idle shell just ends; a shell running something asks Terminate / Keep running
 * in background / Cancel. Closing the window or quitting never ends a shell.
 */
class ClosePaneGuiTest extends AppGuiTest {
    @Test
    void idleShellEndsRunningOneAsksAndKeepLeavesItRunning() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        Pane idle = AppHarness.panes(app).get(0);
        h.awaitText(idle, "$");
        h.focus(idle);
        Pane busy = h.split(app, 2);
        Pane third = h.split(app, 3);
        String idleId = edt(idle::sessionId);
        String busyId = edt(busy::sessionId);

        h.focus(busy);
        h.typeKeys("sleep 300");
        h.enter();
        h.waitFor(() -> {
            try {
                SessionInfo s = h.session(busyId);
                return s != null && "sleep".equals(s.foreground());
            } catch (Exception e) {
                return false;
            }
        }, "sleep in the foreground");

        // Idle: closed at once, its shell ended.
        h.focus(idle);
        h.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == 2, "the idle pane to close");
        h.waitFor(() -> {
            try {
                return h.session(idleId) == null;
            } catch (Exception e) {
                return false;
            }
        }, "the idle shell to end");

        // Running something: asks. Cancel keeps the pane.
        h.focus(busy);
        h.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogFixture ask = h.dialog("closePrompt");
        assertThat(ask.target().getTitle()).contains("Close session");
        h.clickToClose(ask.button(JButtonMatcher.withText("Cancel")));
        assertThat(AppHarness.panes(app)).hasSize(2);

        // Keep running in background: the pane goes, the session runs on in no tab.
        h.focus(busy);
        h.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogFixture again = h.dialog("closePrompt");
        h.clickToClose(again.button(JButtonMatcher.withText("Keep running in background")));
        h.waitFor(() -> AppHarness.panes(app).size() == 1, "the busy pane to close");
        h.waitFor(() -> {
            try {
                SessionInfo s = h.session(busyId);
                return s != null && s.running() && s.clients() == 0 && "sleep".equals(s.foreground());
            } catch (Exception e) {
                return false;
            }
        }, "the busy session to run on, detached");
        assertThat(edt(() -> app.currentLayout().sessionIds())).containsExactly(edt(third::sessionId));
        assertThat(edt(() -> app.sessionIdsInPanes(HostId.LOCAL))).doesNotContain(busyId);

        // Closing the (last) window is quitting: the last shell keeps running too.
        String thirdId = edt(third::sessionId);
        GuiActionRunnerHelper.closeWindow(app);
        app.finished().get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(h.session(thirdId).running()).isTrue();
        assertThat(h.session(busyId).running()).isTrue();
    }
}
