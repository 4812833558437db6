package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalMode;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenSerializerTest {

    @Test
    void freshEngineFedTheSnapshotMatchesCellByCell() {
        TerminalEngine source = new TerminalEngine(40, 10, 100);
        feed(source, "plain line\r\n\u001b[1;31mbold red\u001b[0m and \u001b[4;38;2;10;20;30mtruecolour\u001b[0m\r\n");
        feed(source, "\u001b[44m\u001b[K\u001b[0m erased with blue\r\n");
        feed(source, "wide: \u4e2d\u6587 emoji-ish \u2603\r\n");
        feed(source, "x".repeat(55) + "\r\n");                       // wraps onto the next row
        feed(source, "\u001b[7minverse\u001b[0m \u001b[2mdim\u001b[0m \u001b[3mitalic\u001b[0m \u001b[8mhidden\u001b[0m");
        feed(source, "\u001b]2;my title\u0007\u001b[?2004h\u001b[?1002h\u001b[?1006h\u001b[?1h\u001b[5 q");
        feed(source, "\u001b[3;4H\u001b[1;32m");                      // cursor and pen mid-screen

        TerminalEngine copy = replay(source);

        assertSameScreen(source, copy);
        assertThat(copy.title()).isEqualTo("my title");
        assertThat(copy.display().bracketedPaste()).isTrue();
        assertThat(copy.display().mouseMode()).isEqualTo(source.display().mouseMode());
        assertThat(copy.display().mouseFormat()).isEqualTo(source.display().mouseFormat());
        assertThat(copy.display().cursorShape()).isEqualTo(source.display().cursorShape());
        assertThat(copy.terminal().isModelEnabled(TerminalMode.CursorKey)).isTrue();
        assertThat(copy.terminal().getStyleState().getCurrent()).isEqualTo(source.terminal().getStyleState().getCurrent());
    }

    @Test
    void alternateScreenAndTheMainScreenBehindItAreBothRebuilt() {
        TerminalEngine source = new TerminalEngine(30, 8, 100);
        feed(source, "main one\r\nmain two\r\n$ vim");
        feed(source, "\u001b[?1049h\u001b[H\u001b[2J~ alt content\r\n\u001b[1m~ bold\u001b[0m\u001b[2;5r\u001b[6;3H");

        TerminalEngine copy = replay(source);

        assertThat(copy.textBuffer().isUsingAlternateBuffer()).isTrue();
        assertSameScreen(source, copy);
        assertThat(copy.engineTerminal().scrollRegionTop()).isEqualTo(2);
        assertThat(copy.engineTerminal().scrollRegionBottom()).isEqualTo(5);

        feed(source, "\u001b[?1049l");
        feed(copy, "\u001b[?1049l");
        assertSameScreen(source, copy);
        assertThat(copy.screenLines().get(2)).isEqualTo("$ vim");
    }

    @Test
    void halfReceivedEscapeSequenceCarriesIntoTheCopy() {
        TerminalEngine source = new TerminalEngine(20, 5, 10);
        feed(source, "abc\u001b[3");
        TerminalEngine copy = replay(source);
        feed(source, "1mred");
        feed(copy, "1mred");
        assertSameScreen(source, copy);
        assertThat(copy.screenLines().get(0)).isEqualTo("abcred");
    }

    @Test
    void cursorLeftPastTheLastColumnStaysPendingWrap() {
        TerminalEngine source = new TerminalEngine(10, 4, 10);
        feed(source, "0123456789");
        TerminalEngine copy = replay(source);
        feed(source, "X");
        feed(copy, "X");
        assertSameScreen(source, copy);
    }

    @Test
    void aWrappedRowEndingInErasedCellsStaysWrappedAndTheNextRowInPlace() {
        TerminalEngine source = new TerminalEngine(10, 4, 10);
        feed(source, "0123456789 end\u001b[1;9H\u001b[2X\u001b[3;1H");
        TerminalEngine copy = replay(source);
        assertSameScreen(source, copy);
        assertThat(copy.screenLines().subList(0, 2)).containsExactly("01234567", " end");
    }

    @Test
    void aRowStartingWithErasedCellsAfterAWrappedRowStaysOffThatRow() {
        TerminalEngine source = new TerminalEngine(10, 3, 10);
        // The wrapped row's continuation deleted, then text written into erased cells of the
        // empty row that took its place (the core keeps that text in its erased run, unshown).
        feed(source, "0123456789ab\u001b[2;1H\u001b[M\u001b[2;3H\u001b[5Xin\u001b[3;1Hend");
        TerminalEngine copy = replay(source);
        assertThat(copy.screenLines()).isEqualTo(source.screenLines()).containsExactly("0123456789", "", "end");
        assertThat(copy.terminal().getCursorX()).isEqualTo(source.terminal().getCursorX());
        assertThat(copy.terminal().getCursorY()).isEqualTo(source.terminal().getCursorY());
    }

    @Test
    void aWrappedRowOfErasedCellsBeforeAnEmptyRowGivesACopyWithTheSameSnapshot() {
        // The fuzz input, fed a byte at a time: text, then huge deletes, scrolls and inserts
        // leave a wrapped row of erased cells above an empty row.
        String output = "\nline tw\u0001\u0014o\u001b[2147483" + "\0".repeat(8) + "00\0\0\0T/\u00femmL"
                + "\u001b[65535\u00dfM\u001b[0000\0\0." + "\0".repeat(10);
        byte[] bytes = output.getBytes(StandardCharsets.ISO_8859_1);
        TerminalEngine source = new TerminalEngine(8, 3, 10);
        for (byte b : bytes) {
            source.feed(new byte[] {b});
        }
        TerminalEngine copy = replay(source);
        assertThat(copy.screenLines()).isEqualTo(source.screenLines());
        assertThat(ScreenSerializer.serialize(replay(copy))).isEqualTo(ScreenSerializer.serialize(copy));
    }

    @Test
    void modeListsAndX10MouseModeSurviveTheSnapshot() {
        TerminalEngine source = new TerminalEngine(20, 5, 10);
        feed(source, "\u001b[?1002;1006;2004h");
        TerminalEngine copy = replay(source);
        assertThat(copy.display().mouseFormat()).isEqualTo(com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat.MOUSE_FORMAT_SGR);
        assertThat(copy.display().mouseMode()).isEqualTo(com.techsenger.jeditermfx.core.emulator.mouse.MouseMode.MOUSE_REPORTING_BUTTON_MOTION);
        assertThat(copy.display().bracketedPaste()).isTrue();

        TerminalEngine x10 = new TerminalEngine(20, 5, 10);
        feed(x10, "\u001b[?9h");
        assertThat(replay(x10).x10MouseMode()).isTrue();
    }

    @Test
    void halfReceivedModeListCarriesIntoTheCopy() {
        TerminalEngine source = new TerminalEngine(20, 5, 10);
        feed(source, "ab\u001b[?1000;");
        TerminalEngine copy = replay(source);
        feed(source, "1006h");
        feed(copy, "1006h");
        assertThat(copy.display().mouseFormat()).isEqualTo(source.display().mouseFormat());
        assertThat(copy.display().mouseMode()).isEqualTo(source.display().mouseMode());
        assertSameScreen(source, copy);
    }

    @Test
    void strikethroughInCellsPenAndSavedCursorSurvivesTheSnapshot() {
        TerminalEngine source = new TerminalEngine(30, 5, 10);
        feed(source, "a \u001b[9mstruck\u001b[29m plain \u001b[1;9;31mbold red struck\u001b[0m\r\n");
        feed(source, "\u001b[9;44m\u001b[K\u001b[0m erased\r\n");
        feed(source, "\u001b[2;3H\u001b[9m\u001b7\u001b[0m\u001b[4;1H\u001b[9;32m");   // saved pen and pen struck

        byte[] snapshot = ScreenSerializer.serialize(source);
        assertThat(new String(snapshot, StandardCharsets.UTF_8)).contains("\u001b[0;9mstruck");
        TerminalEngine copy = replay(source);

        assertSameScreen(source, copy);
        assertThat(cells(copy).get(0)).contains("s{" + LineCodec.STRUCK + ",-,-}");
        assertThat(copy.terminal().getStyleState().getCurrent()).isEqualTo(source.terminal().getStyleState().getCurrent());
        assertThat(StruckTextStyle.isStruck(copy.terminal().getStyleState().getCurrent())).isTrue();
        feed(source, "x\u001b[0my\u001b8z");
        feed(copy, "x\u001b[0my\u001b8z");
        assertSameScreen(source, copy);
        assertThat(StruckTextStyle.isStruck(copy.textBuffer().getLine(1).getStyleAt(2))).as("restored pen").isTrue();
    }

    static TerminalEngine replay(TerminalEngine source) {
        byte[] snapshot = ScreenSerializer.serialize(source);
        TerminalEngine copy = new TerminalEngine(source.columns(), source.rows(), 100);
        copy.feed(snapshot);
        return copy;
    }

    static void feed(TerminalEngine engine, String s) {
        engine.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    static void assertSameScreen(TerminalEngine a, TerminalEngine b) {
        assertThat(cells(b)).isEqualTo(cells(a));
        assertThat(b.terminal().getCursorX()).as("cursor x").isEqualTo(a.terminal().getCursorX());
        assertThat(b.terminal().getCursorY()).as("cursor y").isEqualTo(a.terminal().getCursorY());
    }

    private static String style(com.techsenger.jeditermfx.core.TextStyle s) {
        if (s == null) {
            return "";
        }
        if (s.equals(com.techsenger.jeditermfx.core.TextStyle.EMPTY)) {
            return "_";
        }
        return "{" + LineCodec.optionBits(s) + "," + color(s.getForeground()) + "," + color(s.getBackground()) + "}";
    }

    private static String color(com.techsenger.jeditermfx.core.TerminalColor c) {
        return c == null ? "-" : c.isIndexed() ? "i" + c.getColorIndex() : c.toColor().toString();
    }

    /** Every cell as char+style, NUL shown as space, plus each row's wrap mark. */
    static List<String> cells(TerminalEngine e) {
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < e.rows(); y++) {
            TerminalLine line = e.textBuffer().getLine(y);
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < e.columns(); x++) {
                char c = line.charAt(x);
                sb.append(c == 0 ? '.' : c).append(style(line.getStyleAt(x)));
            }
            sb.append(line.isWrapped() ? " wrapped" : "");
            rows.add(sb.toString());
        }
        return rows;
    }
}
