package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+Shift+V into a real shell: bracketed when the program asks, confirmed when it could run lines. */
class PasteGuiTest extends ShellGuiTest {
    private void pasteWithShortcut(String text) {
        GuiActionRunner.execute(() -> {
            StringSelection s = new StringSelection(text);
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(s, s);
        });
        h.chord(KeyEvent.VK_V, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    private ButtonPresser presser() {
        return new ButtonPresser(h.robot, h::waitFor);
    }

    private JOptionPaneFixture question() {
        return JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(h.robot);
    }

    /** cat -v shows what arrived, escape characters as ^[; the tty's own echo is off. */
    private void startCatV(boolean bracketed) {
        h.run("stty -echo; " + (bracketed ? "printf '\\033[?2004h'; " : "") + "cat -v; stty echo; printf '\\033[?2004l'; echo CAT-DONE");
        if (bracketed) {
            h.waitFor(() -> h.view.engine().display().bracketedPaste(), "bracketed paste mode");
        } else {
            h.waitFor(() -> !h.view.engine().display().bracketedPaste(), "bash to leave bracketed paste mode");
        }
    }

    private void endCat() {
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.chord(KeyEvent.VK_D, KeyEvent.VK_CONTROL);
        h.waitForLine("CAT-DONE");
    }

    @Test
    void bracketedPasteWrapsTheTextInMarkersAndAsksNothing() {
        startCatV(true);
        pasteWithShortcut("one\ntwo");
        endCat();
        assertThat(h.screen()).contains("^[[200~one\ntwo^[[201~");
    }

    @Test
    void severalLinesWithoutBracketedPasteAskFirstAndPasteWhenConfirmed() {
        startCatV(false);
        pasteWithShortcut("first\nsecond");
        JOptionPaneFixture q = question();
        q.requireTitle(PasteConfirmer.DIALOG_TITLE);
        presser().clickToClose(q.buttonWithText(PasteConfirmer.PASTE));
        h.focusView();   // no window manager under Xvfb to give the focus back after a dialog
        endCat();
        assertThat(h.screen()).contains("first\nsecond\nCAT-DONE");
    }

    @Test
    void cancellingTheQuestionPastesNothing() {
        startCatV(false);
        pasteWithShortcut("rm -rf nothing\nreally");
        presser().clickToClose(question().buttonWithText(PasteConfirmer.CANCEL));
        h.focusView();
        h.robot.enterText("typed");
        endCat();
        assertThat(h.screen()).contains("typed\nCAT-DONE").doesNotContain("really");
    }

    @Test
    void aSingleLineIsPastedWithoutAQuestion() {
        pasteWithShortcut("echo single-$((2+3))");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("single-5");
    }

    @Test
    void aMegabytePasteArrivesWholeAndTheViewStaysResponsive() throws Exception {
        h.run("stty raw -echo; head -c 1000000 > pasted.txt; stty sane; echo PASTE-DONE");
        h.waitFor(() -> !h.view.engine().display().bracketedPaste(), "bash to leave bracketed paste mode");
        String big = "x".repeat(1_000_000);
        pasteWithShortcut(big);
        h.waitForLine("PASTE-DONE");
        assertThat(Files.size(h.home.resolve("pasted.txt"))).isEqualTo(1_000_000);
        h.robot.enterText("echo still-$((1+1))");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("still-2");
    }
}
