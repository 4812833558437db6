package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Find in scrollback, Ctrl+click on URLs, the window title and the accessible name. */
class FindLinksAndAccessibilityGuiTest extends ShellGuiTest {
    @Test
    void ctrlShiftFFindsTextInHistoryAndScrollsToIt() {
        h.run("echo needle-$((40+2)); seq 1 200");
        h.waitForLine("200");
        h.chord(KeyEvent.VK_F, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> GuiActionRunner.execute(() -> h.panel.findBar().isVisible() && h.panel.findBar().field().isFocusOwner()),
                "the find bar with the focus");
        h.robot.enterText("NEEDLE-42");
        h.waitFor(() -> h.visible().contains("needle-42"), "the match scrolled into view");
        assertThat(GuiActionRunner.execute(h.view::isFollowing)).isFalse();
        assertThat(h.window.label("findStatus").text()).isEqualTo("1 of 1");
        h.window.checkBox("findMatchCase").check();
        h.waitFor(() -> "No matches".equals(h.window.label("findStatus").text()), "no case-sensitive match");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        h.waitFor(() -> GuiActionRunner.execute(() -> !h.panel.findBar().isVisible() && h.view.isFocusOwner()),
                "the bar closed and the focus back in the view");
    }

    @Test
    void ctrlClickOnAUrlOpensIt() {
        List<URI> opened = new CopyOnWriteArrayList<>();
        GuiActionRunner.execute(() -> h.view.setLinkOpener(opened::add));
        h.run("echo 'see https://example.org/a?b=1, thanks'");
        h.waitForLine("see https://example.org/a?b=1, thanks");
        int row = h.rowOf("see https");
        h.robot.click(h.view, h.cell(12, row));
        assertThat(opened).as("a plain click opens nothing").isEmpty();
        h.robot.pressKey(KeyEvent.VK_CONTROL);
        h.robot.moveMouse(h.view, h.cell(15, row));
        h.waitFor(() -> GuiActionRunner.execute(h.view::hoverLink) != null, "the link under the pointer to be underlined");
        h.robot.click(h.view, h.cell(15, row));
        h.robot.releaseKey(KeyEvent.VK_CONTROL);
        h.waitFor(() -> !opened.isEmpty(), "the link to open");
        assertThat(opened).containsExactly(URI.create("https://example.org/a?b=1"));
    }

    @Test
    void theTitleAndAccessibleNameFollowTheProgram() {
        assertThat(GuiActionRunner.execute(() -> h.view.getAccessibleContext().getAccessibleName())).isEqualTo("Terminal");
        List<Object> titles = new CopyOnWriteArrayList<>();
        GuiActionRunner.execute(() -> h.view.addPropertyChangeListener(TerminalView.TITLE_PROPERTY, e -> titles.add(e.getNewValue())));
        h.run("printf '\\033]0;build logs\\007'");
        h.waitFor(() -> titles.contains("build logs"), "the title event");
        assertThat(GuiActionRunner.execute(() -> h.view.getAccessibleContext().getAccessibleName())).isEqualTo("Terminal: build logs");
    }

    @Test
    void aBellIsCountedAndTheViewKeepsWorking() {
        long before = h.view.engine().display().bells();
        h.run("printf '\\a'; echo rang");
        h.waitForLine("rang");
        assertThat(h.view.engine().display().bells()).isEqualTo(before + 1);
    }
}
