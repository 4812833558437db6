package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrollbackStoreTest {

    @Test
    void linesScrolledOffTheScreenLandInTheStoreInOrder() {
        TerminalEngine engine = new TerminalEngine(20, 5, 1000);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            sb.append("line ").append(i).append("\r\n");
        }
        engine.feed(sb.toString().getBytes(StandardCharsets.UTF_8));
        ScrollbackStore store = engine.scrollback();
        assertThat(store.size()).isEqualTo(46);
        assertThat(store.text(0).strip()).isEqualTo("line 1");
        assertThat(store.text(45).strip()).isEqualTo("line 46");
        assertThat(engine.textBuffer().getHistoryLinesCount()).isZero();
    }

    @Test
    void ringKeepsOnlyTheNewestLines() {
        ScrollbackStore store = new ScrollbackStore(3);
        TerminalEngine engine = new TerminalEngine(10, 2, 3);
        engine.feed("a\r\nb\r\nc\r\nd\r\ne\r\nf\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(engine.scrollback().size()).isEqualTo(3);
        assertThat(engine.scrollback().text(0).strip()).isEqualTo("c");
        assertThat(engine.scrollback().totalAppended()).isEqualTo(5);
        assertThat(store.size()).isZero();
    }

    @Test
    void blockRoundTripKeepsStylesAndWrapMarks() {
        TerminalEngine engine = new TerminalEngine(10, 2, 100);
        engine.feed("\u001b[1;33mhello\u001b[0m world wraps here\r\nnext\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        ScrollbackStore copy = new ScrollbackStore(100);
        copy.loadBytes(engine.scrollback().toBytes());
        assertThat(copy.size()).isEqualTo(engine.scrollback().size());
        for (int i = 0; i < copy.size(); i++) {
            assertThat(copy.get(i)).isEqualTo(engine.scrollback().get(i));
        }
        assertThat(LineCodec.isWrapped(copy.get(0))).isTrue();
        assertThat(copy.line(0).getStyleAt(0).hasOption(com.techsenger.jeditermfx.core.TextStyle.Option.BOLD)).isTrue();
    }

    @Test
    void clearScrollbackSequenceEmptiesTheStore() {
        TerminalEngine engine = new TerminalEngine(10, 2, 100);
        engine.feed("1\r\n2\r\n3\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(engine.scrollback().size()).isPositive();
        engine.feed("\u001b[3J".getBytes(StandardCharsets.UTF_8));
        assertThat(engine.scrollback().size()).isZero();
    }

    @Test
    void truncatedBlockIsRejectedWithAClearMessage() {
        ScrollbackStore store = new ScrollbackStore(10);
        assertThatThrownBy(() -> store.loadBytes(new byte[] {5, 10, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }
}
