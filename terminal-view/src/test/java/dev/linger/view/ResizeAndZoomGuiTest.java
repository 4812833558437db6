package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid follows the window and the font; the shell learns the new size (stty size). */
class ResizeAndZoomGuiTest extends ShellGuiTest {
    private void shellSeesTheViewsSize() {
        int rows = h.view.rows();
        int cols = h.view.columns();
        h.run("clear; stty size");
        h.waitForLine(rows + " " + cols);
    }

    @Test
    void startsAt80By24AndTheShellKnows() {
        assertThat(h.view.columns()).isEqualTo(80);
        assertThat(h.view.rows()).isEqualTo(24);
        shellSeesTheViewsSize();
    }

    @Test
    void resizingTheWindowResizesTheGridAndThePty() {
        var m = h.view.cellMetrics();
        Dimension before = GuiActionRunner.execute(() -> h.frame.getSize());
        h.window.resizeTo(new Dimension(before.width + 20 * m.width(), before.height - 6 * m.height()));
        h.waitFor(() -> h.view.columns() == 100 && h.view.rows() == 18, "a 100×18 grid");
        shellSeesTheViewsSize();
        h.window.resizeTo(new Dimension(before.width - 30 * m.width(), before.height + 3 * m.height()));
        h.waitFor(() -> h.view.columns() == 50 && h.view.rows() == 27, "a 50×27 grid");
        shellSeesTheViewsSize();
    }

    @Test
    void zoomKeysChangeTheFontSizeAndTheGridFollows() {
        float size = h.view.fontSet().size();
        int cols = h.view.columns();
        h.chord(KeyEvent.VK_EQUALS, KeyEvent.VK_CONTROL);
        h.chord(KeyEvent.VK_EQUALS, KeyEvent.VK_CONTROL);
        h.waitFor(() -> h.view.fontSet().size() == size + 2, "the font two points larger");
        h.waitFor(() -> h.view.columns() < cols, "fewer columns");
        shellSeesTheViewsSize();
        h.chord(KeyEvent.VK_MINUS, KeyEvent.VK_CONTROL);
        h.waitFor(() -> h.view.fontSet().size() == size + 1, "one point smaller again");
        h.chord(KeyEvent.VK_0, KeyEvent.VK_CONTROL);
        h.waitFor(() -> h.view.fontSet().size() == h.view.defaultFontSize() && h.view.columns() == cols, "the default size");
        shellSeesTheViewsSize();
    }

    @Test
    void fontFamilyCanBeChosen() {
        GuiActionRunner.execute(() -> h.view.setFontFamily(java.awt.Font.MONOSPACED));
        assertThat(h.view.fontSet().family()).isEqualTo(java.awt.Font.MONOSPACED);
        shellSeesTheViewsSize();
    }
}
