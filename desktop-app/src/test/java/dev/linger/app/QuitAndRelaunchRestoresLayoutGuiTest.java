package dev.linger.app;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.TabLayout;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.Pane;
import dev.linger.app.window.RatioSplitPane;
import dev.linger.app.window.TerminalTab;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.util.List;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path: open → tabs and splits → type → quit → the shells run on → relaunch →
 * the prompt lists them → Restore → same windows, tabs and splits, every screen the agent's.
 */
class QuitAndRelaunchRestoresLayoutGuiTest extends AppGuiTest {
    @Test
    void tabsSplitsAndScreensComeBackAfterQuitAndRestore() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        AppWindow window = edt(() -> app.windows().get(0));
        Pane first = AppHarness.panes(app).get(0);
        h.awaitText(first, "$");
        h.focus(first);
        h.typeKeys("echo alpha-$((40+1))");
        h.enter();
        h.awaitText(first, "alpha-41");

        // Split right (Ctrl+Shift+E): a second shell beside the first, with the focus.
        h.chord(KeyEvent.VK_E, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == 2 && edt(() -> AppHarness.panes(app).get(1).sessionId() != null),
                "a second pane with its session");
        Pane second = AppHarness.panes(app).get(1);
        h.awaitText(second, "$");
        h.waitFor(() -> edt(() -> second.view().isFocusOwner()), "the new pane to have the focus");
        h.typeKeys("echo beta-$((40+2))");
        h.enter();
        h.awaitText(second, "beta-42");

        // Alt+Left goes back to the first pane.
        h.chord(KeyEvent.VK_LEFT, KeyEvent.VK_ALT);
        h.waitFor(() -> edt(() -> first.view().isFocusOwner()), "Alt+Left to focus the left pane");

        // New tab (Ctrl+Shift+T), then split it down (Ctrl+Shift+O).
        h.chord(KeyEvent.VK_T, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> edt(() -> window.terminalTabs().size() == 2), "a second tab");
        h.waitFor(() -> AppHarness.panes(app).size() == 3 && edt(() -> AppHarness.panes(app).get(2).sessionId() != null),
                "the new tab's session");
        Pane third = AppHarness.panes(app).get(2);
        h.awaitText(third, "$");
        h.waitFor(() -> edt(() -> third.view().isFocusOwner()), "the new tab's pane to have the focus");
        h.typeKeys("echo gamma-$((40+3))");
        h.enter();
        h.awaitText(third, "gamma-43");
        h.chord(KeyEvent.VK_O, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == 4 && edt(() -> AppHarness.panes(app).get(3).sessionId() != null),
                "a fourth pane");
        Pane fourth = AppHarness.panes(app).get(3);
        h.awaitText(fourth, "$");
        h.waitFor(() -> edt(() -> fourth.view().isFocusOwner()), "the lower pane to have the focus");
        h.typeKeys("echo delta-$((40+4))");
        h.enter();
        h.awaitText(fourth, "delta-44");
        h.chord(KeyEvent.VK_UP, KeyEvent.VK_ALT);
        h.waitFor(() -> edt(() -> third.view().isFocusOwner()), "Alt+Up to focus the upper pane");

        // Drag the first tab's divider to about a third: the ratio is part of the layout.
        edt(() -> {
            window.tabStrip().setSelectedIndex(0);
            return null;
        });
        RatioSplitPane divided = (RatioSplitPane) edt(() -> window.terminalTabs().get(0).root());
        java.awt.Component divider = edt(() -> ((javax.swing.plaf.basic.BasicSplitPaneUI) divided.getUI()).getDivider());
        h.robot().pressMouse(divider, new java.awt.Point(divider.getWidth() / 2, divider.getHeight() / 2),
                org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        h.robot().moveMouse(divided, new java.awt.Point(divided.getWidth() / 2 - 40, divided.getHeight() / 2));
        h.robot().moveMouse(divided, new java.awt.Point(divided.getWidth() / 3, divided.getHeight() / 2));
        h.robot().releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        h.waitFor(() -> Math.abs(edt(divided::ratio) - 0.33) < 0.05, () -> "the divider at a third: " + edt(divided::ratio));
        edt(() -> {
            window.tabStrip().setSelectedIndex(1);
            return null;
        });

        // The new tab opened in the directory of the pane it came from.
        String cwd = h.session(edt(first::sessionId)).cwd();
        assertThat(h.session(edt(third::sessionId)).cwd()).isEqualTo(cwd);

        DesktopLayout before = edt(app::currentLayout);
        assertThat(before.windows()).hasSize(1);
        List<TabLayout> tabs = before.windows().get(0).tabs();
        assertThat(tabs).hasSize(2);
        assertThat(tabs.get(0).root()).isInstanceOfSatisfying(PaneLayout.Split.class, s -> {
            assertThat(s.horizontal()).isTrue();
            assertThat(s.ratio()).isCloseTo(0.33, org.assertj.core.data.Offset.offset(0.05));
        });
        assertThat(tabs.get(1).root()).isInstanceOfSatisfying(PaneLayout.Split.class, s -> assertThat(s.horizontal()).isFalse());
        List<String> ids = before.sessionIds();

        // Quit (Ctrl+Q): every shell keeps running, detached.
        h.chord(KeyEvent.VK_Q, KeyEvent.VK_CONTROL);
        assertThat(app.finished().get(20, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        for (String id : ids) {
            h.waitFor(() -> {
                try {
                    SessionInfo s = h.session(id);
                    return s != null && s.running() && s.clients() == 0;
                } catch (Exception e) {
                    return false;
                }
            }, "session " + id + " to run on with no client");
        }
        // Output while the app is closed shows up after the restore.
        h.type(ids.get(1), "echo while-away-$((6*7))\r");
        h.waitFor(() -> {
            try {
                return String.join("\n", h.capture(ids.get(1))).contains("while-away-42");
            } catch (Exception e) {
                return false;
            }
        }, "output while the app was closed");

        LingerApp again = h.launch();
        DialogFixture prompt = h.dialog("restoreDialog");
        prompt.requireVisible();
        assertThat(prompt.target().getTitle()).isEqualTo("Restore sessions");
        for (String id : ids) {
            String name = h.session(id).name();
            prompt.checkBox("restore:" + name).requireSelected();
            prompt.label("status:" + name).requireText("running");
        }
        assertThat(prompt.label("lastLine:" + h.session(ids.get(1)).name()).text()).isEqualTo("$");
        h.clickToClose(prompt.button("restoreButton"));
        h.awaitStarted(again);

        DesktopLayout after = edt(again::currentLayout);
        assertThat(after.sessionIds()).containsExactlyElementsOf(ids);
        assertSameShape(after, before);
        assertThat(after.windows().get(0).bounds()).isEqualTo(before.windows().get(0).bounds());
        for (Pane p : AppHarness.panes(again)) {
            h.awaitScreenMatchesAgent(p);
        }
        assertThat(AppHarness.screen(AppHarness.panes(again).get(1))).contains("beta-42").contains("while-away-42");
        AppWindow w = edt(() -> again.windows().get(0));
        TerminalTab selected = edt(w::selectedTab);
        assertThat(edt(() -> w.terminalTabs().indexOf(selected))).isEqualTo(1);
        h.quit(again);
    }

    private static void assertSameShape(DesktopLayout a, DesktopLayout b) {
        assertThat(a.windows()).hasSameSizeAs(b.windows());
        for (int w = 0; w < a.windows().size(); w++) {
            List<TabLayout> ta = a.windows().get(w).tabs();
            List<TabLayout> tb = b.windows().get(w).tabs();
            assertThat(ta).hasSameSizeAs(tb);
            for (int t = 0; t < ta.size(); t++) {
                assertSameTree(ta.get(t).root(), tb.get(t).root());
                assertThat(ta.get(t).focusedLeaf()).isEqualTo(tb.get(t).focusedLeaf());
            }
        }
    }

    private static void assertSameTree(PaneLayout a, PaneLayout b) {
        if (a instanceof PaneLayout.Leaf la) {
            assertThat(b).isEqualTo(la);
            return;
        }
        PaneLayout.Split sa = (PaneLayout.Split) a;
        assertThat(b).isInstanceOf(PaneLayout.Split.class);
        PaneLayout.Split sb = (PaneLayout.Split) b;
        assertThat(sa.horizontal()).isEqualTo(sb.horizontal());
        assertThat(sa.ratio()).isCloseTo(sb.ratio(), org.assertj.core.data.Offset.offset(0.02));
        assertSameTree(sa.first(), sb.first());
        assertSameTree(sa.second(), sb.second());
    }
}
