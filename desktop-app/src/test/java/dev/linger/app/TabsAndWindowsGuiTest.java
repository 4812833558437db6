package dev.linger.app;

import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.MarkIcon;
import dev.linger.app.window.Pane;
import dev.linger.app.window.TabStrip;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.Test;

import javax.swing.JPanel;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/** Tabs: the directory of an unnamed shell, rename, marks for output and bells while hidden, the exited state, drag to reorder; several windows. */
class TabsAndWindowsGuiTest extends AppGuiTest {
    private Pane newTab(LingerApp app, int expectedPanes) {
        h.chord(KeyEvent.VK_T, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> AppHarness.panes(app).size() == expectedPanes
                && edt(() -> AppHarness.panes(app).get(expectedPanes - 1).state() == Pane.State.LIVE),
                () -> "a new tab: panes " + AppHarness.panes(app).stream().map(AppHarness::describe).toList() + ", focus "
                        + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        Pane p = AppHarness.panes(app).get(expectedPanes - 1);
        h.awaitText(p, "$");
        return p;
    }

    @Test
    void renameMarksExitedStateReorderAndSecondWindow() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        AppWindow window = edt(() -> app.windows().get(0));
        TabStrip tabs = edt(window::tabStrip);
        Pane first = AppHarness.panes(app).get(0);
        h.awaitText(first, "$");
        h.focus(first);

        // An unnamed shell's tab shows its directory, and follows a cd, on the first launch too.
        Path project = Files.createDirectories(h.dir.resolve("tab-follows-cd"));
        h.type(edt(first::sessionId), "cd " + project + "\r");
        h.waitFor(() -> edt(() -> tabs.getTitleAt(0)).endsWith(": tab-follows-cd"), "the tab to show the directory cd went to");

        // Rename (Ctrl+Shift+R): the agent's session name, shown by the tab.
        h.chord(KeyEvent.VK_R, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        JOptionPaneFixture ask = h.optionPane();
        ask.textBox().deleteText().enterText("build");
        h.clickToClose(ask.okButton());
        h.waitFor(() -> edt(() -> tabs.getTitleAt(0)).equals("build"), "the tab to show the new name");
        assertThat(h.session(edt(first::sessionId)).name()).isEqualTo("build");
        h.waitFor(() -> edt(window::getTitle).equals("Linger — build"), "the window title");

        // While the second tab is selected, output and a bell in the first mark its tab.
        Pane second = newTab(app, 2);
        assertThat(edt(() -> tabs.getSelectedIndex())).isEqualTo(1);
        h.type(edt(first::sessionId), "echo some-output\r");
        h.waitFor(() -> edt(() -> tabs.getIconAt(0)) == MarkIcon.ACTIVITY, "the activity mark");
        h.type(edt(first::sessionId), "printf '\\a'\r");
        h.waitFor(() -> edt(() -> tabs.getIconAt(0)) == MarkIcon.BELL, "the bell mark");
        edt(() -> {
            tabs.setSelectedIndex(0);
            return null;
        });
        h.waitFor(() -> edt(() -> tabs.getIconAt(0)) == null, "the marks to clear once the tab is seen");

        // The shell exits: the tab says so, the pane offers Restart.
        edt(() -> {
            tabs.setSelectedIndex(1);
            return null;
        });
        h.focus(second);
        h.typeKeys("exit");
        h.enter();
        h.waitFor(() -> edt(() -> tabs.getTitleAt(1)).endsWith("(exited)") && edt(() -> tabs.getIconAt(1)) == MarkIcon.EXITED,
                "the exited state in the tab");
        JPanelFixture banner = new JPanelFixture(h.robot(), (JPanel) edt(second::banner));
        assertThat(banner.label("exitedBanner.message").text()).contains("exited with code 0");
        String exitedId = edt(second::sessionId);
        h.clickUntil(banner.button("restartButton"), () -> edt(() -> second.banner() == null), "the restart to begin");
        h.waitFor(() -> edt(() -> second.state() == Pane.State.LIVE && second.banner() == null), "the restart");
        assertThat(edt(second::sessionId)).isNotEqualTo(exitedId);
        h.awaitText(second, "$");
        assertThat(h.session(exitedId)).isNull();

        // Drag the second tab before the first.
        String secondId = edt(second::sessionId);
        Rectangle r0 = edt(() -> tabs.getBoundsAt(0));
        Rectangle r1 = edt(() -> tabs.getBoundsAt(1));
        h.robot().moveMouse(tabs, new Point(r1.x + r1.width / 2, r1.y + r1.height / 2));
        h.robot().pressMouse(MouseButton.LEFT_BUTTON);
        h.robot().moveMouse(tabs, new Point(r1.x + 2, r1.y + r1.height / 2));
        h.robot().moveMouse(tabs, new Point(r0.x + r0.width / 2, r0.y + r0.height / 2));
        h.robot().moveMouse(tabs, new Point(r0.x + 4, r0.y + r0.height / 2));
        h.robot().releaseMouse(MouseButton.LEFT_BUTTON);
        h.waitFor(() -> edt(() -> tabs.getTitleAt(1)).equals("build"), "the tabs to swap");
        h.waitFor(() -> edt(() -> app.currentLayout().sessionIds()).get(0).equals(secondId), "the new order in the layout");

        // A second window (Ctrl+Shift+N), with its own tab; both are written to desktop.db.
        h.focus(second);
        h.chord(KeyEvent.VK_N, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> edt(() -> app.windows().size()) == 2 && AppHarness.panes(app).size() == 3
                && edt(() -> AppHarness.panes(app).get(2).state() == Pane.State.LIVE), "a second window");
        h.waitFor(() -> {
            try (DesktopStore store = DesktopStore.open(h.home.desktopDb()).store()) {
                DesktopLayout stored = store.loadLayout();
                return stored.windows().size() == 2 && stored.sessionIds().size() == 3;
            } catch (Exception e) {
                return false;
            }
        }, "both windows in desktop.db");
        List<String> ids = edt(() -> app.currentLayout().sessionIds());
        h.quit(app);

        LingerApp again = h.launch();
        h.clickToClose(h.dialog("restoreDialog").button("restoreButton"));
        h.awaitStarted(again);
        assertThat(edt(() -> again.windows().size())).isEqualTo(2);
        assertThat(edt(() -> again.currentLayout().sessionIds())).isEqualTo(ids);
        h.quit(again);
    }
}
