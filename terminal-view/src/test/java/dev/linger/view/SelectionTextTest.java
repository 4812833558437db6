package dev.linger.view;

import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Selection text from a real engine: history and screen, wrapped lines, wide characters. */
class SelectionTextTest {
    private final TerminalEngine engine = new TerminalEngine(10, 4, 100);
    private final LineSource lines = new LineSource(engine);
    private final SelectionText text = new SelectionText(lines, new ColorScheme(Color.WHITE, Color.BLACK, Color.BLUE, null, true));

    private void feed(String s) {
        engine.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    private long screen(int y) {
        return lines.totalAppended() + y;
    }

    @Test
    void streamSelectionEndsLinesWithNewlinesAndDropsTrailingBlanks() {
        feed("one   \r\ntwo\r\nthree");
        Selection s = new Selection(new GridPos(screen(0), 1), new GridPos(screen(2), 3), false);
        assertThat(text.text(s, 10)).isEqualTo("ne\ntwo\nthr");
    }

    @Test
    void wrappedOutputIsCopiedAsOneLine() {
        feed("abcdefghijklmn\r\n");
        Selection s = new Selection(new GridPos(screen(0), 0), new GridPos(screen(1), 10), false);
        assertThat(text.text(s, 10)).isEqualTo("abcdefghijklmn");
    }

    @Test
    void blockSelectionTakesTheSameColumnsOfEachLine() {
        feed("abcdef\r\nghijkl\r\nmnopqr");
        Selection s = new Selection(new GridPos(screen(0), 1), new GridPos(screen(2), 3), true);
        assertThat(text.text(s, 10)).isEqualTo("bc\nhi\nno");
    }

    @Test
    void selectionReachesIntoHistoryThroughTheScrollbackStore() {
        for (int i = 0; i < 8; i++) {
            feed("line" + i + "\r\n");
        }
        assertThat(engine.scrollback().size()).isGreaterThan(0);
        long first = lines.firstLine();
        Selection s = new Selection(new GridPos(first, 0), new GridPos(first + 1, 10), false);
        assertThat(text.text(s, 10)).isEqualTo("line0\nline1");
    }

    @Test
    void doubleClickWordKeepsPathsAndStopsAtBlanks() {
        feed("cd /u-x; o");
        Selection w = text.word(screen(0), 5, 10);
        assertThat(text.text(w, 10)).isEqualTo("/u-x");
        feed("\r\n中文 ab");
        Selection cjk = text.word(screen(1), 1, 10);
        assertThat(text.text(cjk, 10)).isEqualTo("中文");
    }

    @Test
    void tripleClickLineIncludesItsWrappedContinuation() {
        feed("0123456789abc\r\nnext");
        Selection l = text.line(screen(1), 10);
        assertThat(text.text(l, 10)).isEqualTo("0123456789abc");
    }
}
