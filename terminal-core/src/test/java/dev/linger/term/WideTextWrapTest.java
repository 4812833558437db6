package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text with wide characters that reaches the end of a line, fed whole or in pieces. */
class WideTextWrapTest {
    private static List<String> screen(TerminalEngine e) {
        return e.historyAndScreenLines();
    }

    @Test
    void textPastTheLineEndWrapsToTheNextLineInsteadOfBeingCut() {
        TerminalEngine e = new TerminalEngine(20, 5, 10);
        // 2 + 4 (two wide characters) + 18 = 24 cells on a 20-cell line.
        e.feed("ab\u4e2d\u6587cdefghijklmnopqrstu".getBytes(StandardCharsets.UTF_8));
        assertThat(e.screenLines().subList(0, 2)).containsExactly("ab\u4e2d\u6587cdefghijklmnop", "qrstu");
    }

    @Test
    void aWideCharacterThatDoesNotFitStartsTheNextLine() {
        TerminalEngine e = new TerminalEngine(10, 5, 10);
        e.feed("123456789\u4e2dx".getBytes(StandardCharsets.UTF_8));
        List<String> lines = e.screenLines();
        assertThat(String.join("", lines.subList(0, 2))).isEqualTo("123456789\u4e2dx");
    }

    @Test
    void theTerminalIsTheSameWhereverTheReadsEnd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            out.write(String.format("\u001b[3%dm%05d \u001b[1mbold\u001b[0m wide \u4e2d\u6587 and a long tail that wraps "
                    + "past the eightieth column of this terminal \u00e9\u0301 %s\n", i % 8, i, "x".repeat(i % 50))
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = out.toByteArray();
        TerminalEngine whole = new TerminalEngine(80, 24, 1000);
        whole.feed(all);
        List<String> expected = state(whole);
        for (int piece : new int[] {1, 3, 7, 61, 4096}) {
            TerminalEngine split = new TerminalEngine(80, 24, 1000);
            for (int off = 0; off < all.length; off += piece) {
                split.feed(all, off, Math.min(piece, all.length - off));
            }
            assertThat(state(split)).as("fed %d bytes at a time", piece).isEqualTo(expected);
        }
        assertThat(screen(whole)).anyMatch(l -> l.startsWith("s terminal"));
    }

    private static List<String> state(TerminalEngine e) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < e.scrollback().size(); i++) {
            s.add(java.util.Arrays.toString(e.scrollback().get(i)));
        }
        s.add(new String(ScreenSerializer.serialize(e), StandardCharsets.UTF_8));
        return s;
    }
}
