package dev.linger.app;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.window.Pane;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JPanel;
import java.awt.event.KeyEvent;
import java.util.List;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent dies under the running app: every pane shows a banner, the agent is started again,
 * one pane resurrects its session from agent.db, the other starts a new shell; the window never
 * stops answering.
 */
class AgentDeathGuiTest extends AppGuiTest {
    @Test
    void bannerInEveryPaneThenResurrectOrNewShell() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        FrameFixture window = h.window();
        Pane left = AppHarness.panes(app).get(0);
        h.awaitText(left, "$");
        h.focus(left);
        h.typeKeys("echo left-side-$((1+1))");
        h.enter();
        h.awaitText(left, "left-side-2");
        h.chord(KeyEvent.VK_E, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == 2 && edt(() -> AppHarness.panes(app).get(1).state() == Pane.State.LIVE),
                "the second pane");
        Pane right = AppHarness.panes(app).get(1);
        String leftId = edt(left::sessionId);
        String rightId = edt(right::sessionId);
        // The left pane's text is in agent.db before the agent dies.
        h.awaitSaved();

        long pid = h.agentPid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        for (Pane p : List.of(left, right)) {
            h.waitFor(() -> edt(() -> p.state() == Pane.State.LOST && p.banner() != null), "a banner in every pane");
        }
        // The window still answers while the agent is down.
        assertThat(edt(() -> window.target().isShowing())).isTrue();
        JPanel leftBanner = (JPanel) edt(left::banner);
        JPanel rightBanner = (JPanel) edt(right::banner);
        JPanelFixture lb = new JPanelFixture(h.robot(), leftBanner);
        JPanelFixture rb = new JPanelFixture(h.robot(), rightBanner);
        h.waitFor(() -> edt(() -> lb.button("resurrectButton").target().isEnabled()), "the agent to be back");
        assertThat(h.agentPid()).isNotEqualTo(pid);
        assertThat(lb.label("agentDeathBanner.message").text()).contains("agent stopped");

        JButton resurrect = lb.button("resurrectButton").target();
        h.clickUntil(lb.button("resurrectButton"), () -> edt(() -> !resurrect.isEnabled() || left.banner() == null),
                "the resurrection to begin");
        h.waitFor(() -> edt(() -> left.state() == Pane.State.LIVE && left.banner() == null),
                () -> "the left pane to come back: " + AppHarness.describe(left));
        assertThat(edt(left::sessionId)).isEqualTo(leftId);
        h.awaitText(left, "left-side-2");
        h.awaitScreenMatchesAgent(left);

        JButton newShell = rb.button("newShellButton").target();
        h.waitFor(() -> edt(newShell::isEnabled), "New shell to be enabled");
        h.clickUntil(rb.button("newShellButton"), () -> edt(() -> !newShell.isEnabled() || right.banner() == null),
                "the new shell to begin");
        h.waitFor(() -> edt(() -> right.state() == Pane.State.LIVE && right.banner() == null), "a new shell in the right pane");
        String newId = edt(right::sessionId);
        assertThat(newId).isNotEqualTo(rightId);
        h.awaitText(right, "$");
        SessionInfo old = h.session(rightId);
        assertThat(old.restorable()).as("the old session stays restorable, in the session manager").isTrue();

        // Typing reaches the resurrected shell.
        h.focus(left);
        h.typeKeys("echo after-resurrection");
        h.enter();
        h.awaitText(left, "after-resurrection");
        h.awaitScreenMatchesAgent(left);
        h.quit(app);
    }
}
