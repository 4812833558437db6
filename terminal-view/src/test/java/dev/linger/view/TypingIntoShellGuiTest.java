package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys typed with the robot into a view on a real bash. */
class TypingIntoShellGuiTest extends ShellGuiTest {
    @Test
    void typedCommandRunsInTheShellAndItsOutputIsOnScreen() {
        h.robot.enterText("echo typed-$((6*7))");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("typed-42");
    }

    @Test
    void ctrlCInterruptsAndArrowKeysEditTheLine() {
        h.robot.enterText("sleep 30");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForScreen(s -> s.contains("sleep 30"), "the command echo");
        h.chord(KeyEvent.VK_C, KeyEvent.VK_CONTROL);
        h.waitForScreen(s -> s.contains("^C"), "the interrupt");
        // "echo bc", then Left Left and an 'a': "echo abc"
        h.robot.enterText("echo bc");
        h.robot.pressAndReleaseKey(KeyEvent.VK_LEFT);
        h.robot.pressAndReleaseKey(KeyEvent.VK_LEFT);
        h.robot.enterText("a");
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("abc");
    }

    @Test
    void altLetterIsMetaForTheProgram() {
        h.run("stty -echo -icanon min 2; head -c 2 | od -An -c; stty sane");
        h.waitFor(() -> !h.view.engine().display().bracketedPaste(), "bash to run the command");
        h.chord(KeyEvent.VK_B, KeyEvent.VK_ALT);
        h.waitForScreen(s -> s.contains("033   b"), "ESC b from od");
    }

    @Test
    void applicationCursorModeChangesWhatArrowsSend() {
        // od shows the bytes the view sends for Up in application cursor mode (DECCKM on).
        h.run("printf '\\033[?1h'; stty -echo -icanon min 3; head -c 3 | od -An -c; stty sane; printf '\\033[?1l'");
        h.waitFor(() -> h.view.engine().terminal().isModelEnabled(com.techsenger.jeditermfx.core.TerminalMode.CursorKey), "DECCKM");
        h.robot.pressAndReleaseKey(KeyEvent.VK_UP);
        h.waitForScreen(s -> s.contains("033   O   A"), "ESC O A from od");
    }

    @Test
    void typingScrollsBackToTheLiveScreen() {
        h.run("seq 1 200");
        h.waitForLine("200");
        GuiActionRunner.execute(() -> h.view.scrollLines(-50));
        assertThat(GuiActionRunner.execute(h.view::isFollowing)).isFalse();
        h.robot.enterText("x");
        h.waitFor(() -> GuiActionRunner.execute(h.view::isFollowing), "the view to follow the screen again");
    }

    @Test
    void inputMethodCommittedTextReachesTheShell() {
        h.robot.enterText("echo ");
        GuiActionRunner.execute(() -> {
            var text = new java.text.AttributedString("日本語").getIterator();
            h.view.dispatchEvent(new java.awt.event.InputMethodEvent(h.view,
                    java.awt.event.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, text, 3, null, null));
        });
        h.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        h.waitForLine("日本語");
    }
}
