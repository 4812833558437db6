package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History through the scrollback store: keys, wheel, scrollbar, staying put while output arrives. */
class ScrollbackGuiTest extends ShellGuiTest {
    @BeforeEach
    void prepare() throws Exception {
        h.run("seq 1 300");
        h.waitForLine("300");
    }

    private int firstNumberShown() {
        for (String line : h.visible()) {
            if (line.matches("\\d+")) {
                return Integer.parseInt(line);
            }
        }
        return -1;
    }

    @Test
    void shiftPageUpShowsOlderOutputAndShiftPageDownComesBack() {
        int live = firstNumberShown();
        h.chord(KeyEvent.VK_PAGE_UP, KeyEvent.VK_SHIFT);
        h.waitFor(() -> firstNumberShown() == live - 23, "one page (rows - 1) up");
        assertThat(GuiActionRunner.execute(h.view::isFollowing)).isFalse();
        h.chord(KeyEvent.VK_PAGE_DOWN, KeyEvent.VK_SHIFT);
        h.waitFor(() -> GuiActionRunner.execute(h.view::isFollowing), "back at the bottom");
    }

    @Test
    void theWheelScrollsThreeLinesPerNotch() {
        int live = firstNumberShown();
        h.robot.rotateMouseWheel(h.view, -2);
        h.waitFor(() -> firstNumberShown() == live - 6, "six lines up");
        h.robot.rotateMouseWheel(h.view, 1);
        h.waitFor(() -> firstNumberShown() == live - 3, "three lines down");
    }

    @Test
    void theScrollbarShowsAndMovesThePosition() {
        var bar = h.panel.scrollBar();
        int history = GuiActionRunner.execute(() -> h.view.engine().scrollback().size());
        assertThat(history).isGreaterThan(250);
        // At the bottom of that history: the bar's first model (0 of 1) is "at the bottom" too, and
        // on a loaded machine it can still be that one, where setting 0 would change nothing.
        h.waitFor(() -> GuiActionRunner.execute(() -> bar.getValue() >= history
                && bar.getMaximum() - bar.getVisibleAmount() == bar.getValue()), "the bar at the bottom of the history");
        GuiActionRunner.execute(() -> bar.setValue(0));
        h.waitFor(() -> h.visible().contains("1") || h.visible().get(0).startsWith("$ seq"), "the oldest output at the top");
    }

    @Test
    void scrolledBackTheViewStaysOnItsLinesWhileOutputArrives() {
        h.chord(KeyEvent.VK_PAGE_UP, KeyEvent.VK_SHIFT);
        h.waitFor(() -> !GuiActionRunner.execute(h.view::isFollowing), "scrolled back");
        List<String> before = h.visible();
        // Output that does not come from typing in this view (as from a background job).
        h.shell.write("seq 1000 1100\r".getBytes(StandardCharsets.US_ASCII));
        h.waitForLine("1100");
        assertThat(h.visible()).isEqualTo(before);
        assertThat(GuiActionRunner.execute(h.view::isFollowing)).isFalse();
    }

    @Test
    void shiftHomeGoesToTheTopOfHistory() {
        h.chord(KeyEvent.VK_HOME, KeyEvent.VK_SHIFT);
        h.waitFor(() -> GuiActionRunner.execute(() -> h.view.linesScrolledBack() == h.view.engine().scrollback().size()),
                "the top of history");
        h.chord(KeyEvent.VK_END, KeyEvent.VK_SHIFT);
        h.waitFor(() -> GuiActionRunner.execute(h.view::isFollowing), "the bottom");
    }
}
