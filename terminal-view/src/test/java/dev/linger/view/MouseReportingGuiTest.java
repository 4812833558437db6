package dev.linger.view;

import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes a program receives for mouse actions in each tracking mode and encoding: the program
 * here is a shell pipeline that turns on a mode, reads a fixed number of bytes raw from the
 * terminal and writes them to a file in hex.
 */
class MouseReportingGuiTest extends ShellGuiTest {
    @Override
    int columns() {
        return 120;
    }

    /**
     * Turns the modes on, runs {@code action} once the view knows them, and returns the first
     * {@code bytes} bytes the program read, as hex ("1b 5b 4d ...").
     */
    private String capture(String modes, MouseReporter.Mode expected, int bytes, Runnable action) throws Exception {
        h.run("stty -echo -icanon min 1; printf '\\033[?" + modes + "h'; head -c " + bytes
                + " | od -An -tx1 -v > mouse.hex; printf '\\033[?" + modes + "l'; stty sane; echo MOUSE-DONE");
        Path hex = h.home.resolve("mouse.hex");
        try {
            h.waitFor(() -> GuiActionRunner.execute(h.view::mouseReportingMode) == expected, "mouse mode " + expected);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nbefore any action the program read: "
                    + (Files.exists(hex) ? Files.readString(hex).trim() : "(nothing)"), e);
        }
        action.run();
        h.waitForLine("MOUSE-DONE");
        return String.join(" ", Files.readString(hex).trim().split("\\s+"));
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }

    private static String legacy(int button, int col, int row) {
        return hex("\u001b[M" + (char) (32 + button) + (char) (33 + col) + (char) (33 + row));
    }

    @Test
    void x10ReportsOnlyThePress() throws Exception {
        String got = capture("9", MouseReporter.Mode.X10, 6, () -> h.robot.click(h.view, h.cell(4, 2)));
        assertThat(got).isEqualTo(legacy(0, 4, 2));
    }

    @Test
    void normalTrackingReportsPressAndReleaseWithModifiers() throws Exception {
        String got = capture("1000", MouseReporter.Mode.NORMAL, 12, () -> {
            h.robot.pressKey(KeyEvent.VK_CONTROL);
            h.robot.click(h.view, h.cell(7, 3), MouseButton.RIGHT_BUTTON, 1);
            h.robot.releaseKey(KeyEvent.VK_CONTROL);
        });
        assertThat(got).isEqualTo(legacy(2 + 16, 7, 3) + " " + legacy(3 + 16, 7, 3));
    }

    @Test
    void buttonEventTrackingReportsDragsInSgr() throws Exception {
        String expected = hex("\u001b[<0;3;2M\u001b[<32;6;2M\u001b[<0;6;2m");
        String got = capture("1002;1006", MouseReporter.Mode.BUTTON_EVENT, expected.split(" ").length, () -> {
            h.robot.moveMouse(h.view, h.cell(2, 1));
            h.robot.pressMouse(MouseButton.LEFT_BUTTON);
            h.robot.moveMouse(h.view, h.cell(5, 1));
            h.robot.releaseMouse(MouseButton.LEFT_BUTTON);
        });
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void anyEventTrackingReportsMotionWithoutButtonsInUrxvt() throws Exception {
        h.movePointer(h.cell(10, 5));
        String expected = hex("\u001b[67;14;6M");
        String got = capture("1003;1015", MouseReporter.Mode.ANY_EVENT, expected.split(" ").length,
                () -> h.robot.moveMouse(h.view, h.cell(13, 5)));
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void utf8EncodingSendsColumnsBeyond95AsTwoBytes() throws Exception {
        String got = capture("1000;1005", MouseReporter.Mode.NORMAL, 7, () -> h.robot.click(h.view, h.cell(110, 0)));
        // column 111 + 32 = 143 = U+008F: c2 8f
        assertThat(got).isEqualTo("1b 5b 4d 20 c2 8f 21");
    }

    @Test
    void theWheelIsReportedAsButtons64And65() throws Exception {
        // The robot turns the wheel over the middle of the view.
        Point cell = GuiActionRunner.execute(() -> h.view.cellAt(new Point(h.view.getWidth() / 2, h.view.getHeight() / 2)));
        String at = ";" + (cell.x + 1) + ";" + (cell.y + 1) + "M";
        String expected = hex("\u001b[<64" + at + "\u001b[<65" + at);
        String got = capture("1000;1006", MouseReporter.Mode.NORMAL, expected.split(" ").length, () -> {
            h.robot.rotateMouseWheel(h.view, -1);
            h.robot.rotateMouseWheel(h.view, 1);
        });
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void shiftBypassesReportingSoTheMouseSelects() throws Exception {
        h.run("echo select-me");
        h.waitForLine("select-me");
        int row = h.rowOf("select-me");
        String got = capture("1000;1006", MouseReporter.Mode.NORMAL, 1, () -> {
            h.robot.pressKey(KeyEvent.VK_SHIFT);
            Point from = h.leftEdge(0, row);
            h.drag(from, h.rightEdge(5, row));
            h.robot.releaseKey(KeyEvent.VK_SHIFT);
            h.robot.enterText("Z");
        });
        assertThat(got).as("the program got the typed Z and no mouse report").isEqualTo("5a");
        assertThat(GuiActionRunner.execute(h.view::selectedText)).isEqualTo("select");
    }
}
