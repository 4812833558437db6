package dev.linger.view;

import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.MouseClickInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Mouse selection on a real shell's output, copied with the platform shortcut. */
class SelectionAndClipboardGuiTest extends ShellGuiTest {
    private int row;

    @BeforeEach
    void printLines() throws Exception {
        h.run("printf 'alpha beta/gamma.txt delta\\nsecond line here\\nthird  row\\n'");
        h.waitForLine("third  row");
        row = h.rowOf("alpha");
    }

    private String clipboard() throws Exception {
        return GuiActionRunner.execute(() -> (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor));
    }

    private void copy() {
        h.chord(KeyEvent.VK_C, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    @Test
    void dragSelectsAndCtrlShiftCCopies() throws Exception {
        // From the left edge of cell 0 to the right edge of cell 4: "alpha"
        h.drag(h.leftEdge(0, row), h.rightEdge(4, row));
        assertThat(GuiActionRunner.execute(h.view::selectedText)).isEqualTo("alpha");
        copy();
        assertThat(clipboard()).isEqualTo("alpha");
    }

    @Test
    void dragAcrossLinesCopiesTextWithNewlines() throws Exception {
        h.drag(h.leftEdge(6, row), h.rightEdge(5, row + 1));
        copy();
        assertThat(clipboard()).isEqualTo("beta/gamma.txt delta\nsecond");
    }

    @Test
    void doubleClickSelectsAWordIncludingPathCharacters() throws Exception {
        h.multiClick(h.cell(9, row), 2);
        copy();
        assertThat(clipboard()).isEqualTo("beta/gamma.txt");
    }

    @Test
    void tripleClickSelectsTheLine() throws Exception {
        h.multiClick(h.cell(3, row + 1), 3);
        copy();
        assertThat(clipboard()).isEqualTo("second line here");
    }

    @Test
    void shiftClickExtendsTheSelection() throws Exception {
        h.multiClick(h.cell(1, row), 2);
        h.robot.pressKey(KeyEvent.VK_SHIFT);
        h.robot.click(h.view, h.rightEdge(5, row + 1));
        h.robot.releaseKey(KeyEvent.VK_SHIFT);
        h.robot.waitForIdle();
        copy();
        assertThat(clipboard()).isEqualTo("alpha beta/gamma.txt delta\nsecond");
    }

    @Test
    void altDragSelectsABlock() throws Exception {
        h.robot.pressKey(KeyEvent.VK_ALT);
        h.drag(h.leftEdge(0, row), h.rightEdge(2, row + 2));
        h.robot.releaseKey(KeyEvent.VK_ALT);
        copy();
        assertThat(clipboard()).isEqualTo("alp\nsec\nthi");
    }

    @Test
    void selectionGoesToThePrimarySelectionAndMiddleClickPastesIt() throws Exception {
        h.multiClick(h.cell(22, row), 2);
        assertThat(GuiActionRunner.execute(() -> (String) Toolkit.getDefaultToolkit().getSystemSelection()
                .getData(DataFlavor.stringFlavor))).isEqualTo("delta");
        h.robot.enterText("echo ");
        h.robot.click(h.view, h.cell(40, row), MouseButton.MIDDLE_BUTTON, 1);
        h.robot.enterText("-pasted");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("delta-pasted");
    }

    @Test
    void outputThatScrollsKeepsTheSelectionAndOutputThatOverwritesItDropsIt() {
        assertThat(h.multiClick(h.cell(1, row), 2)).isEqualTo("alpha");

        // New lines below (and the prompt): the selected text is untouched.
        h.run("echo below");
        h.waitForLine("below");
        h.robot.waitForIdle();
        assertThat(GuiActionRunner.execute(h.view::selectedText)).isEqualTo("alpha");

        // The line is rewritten in place: the highlight would describe text that is gone.
        h.run("printf '\\033[" + (row + 1) + ";1HALPHA-REWRITTEN\\033[30;1H'");
        h.waitForScreen(s -> s.lines().anyMatch(l -> l.startsWith("ALPHA-REWRITTEN")), "the line rewritten");
        h.waitFor(() -> GuiActionRunner.execute(h.view::selectedText).isEmpty(), "the selection to be dropped");
    }

    @Test
    void aClickWithoutDragClearsTheSelection() {
        assertThat(h.multiClick(h.cell(1, row), 2)).isEqualTo("alpha");
        h.robot.click(h.view, h.cell(30, row + 5), MouseClickInfo.leftButton().button(), 1);
        h.robot.waitForIdle();
        assertThat(GuiActionRunner.execute(h.view::selectedText)).isEmpty();
    }
}
