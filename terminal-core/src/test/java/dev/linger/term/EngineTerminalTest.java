package dev.linger.term;

import com.techsenger.jeditermfx.core.TextStyle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Strikethrough as the engine keeps it: in the pen and in the cells written with it. */
class EngineTerminalTest {
    private final TerminalEngine engine = new TerminalEngine(40, 5, 10);

    private void feed(String s) {
        engine.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    private boolean struckAt(int x, int y) {
        return StruckTextStyle.isStruck(engine.textBuffer().getLine(y).getStyleAt(x));
    }

    private boolean penStruck() {
        return StruckTextStyle.isStruck(engine.terminal().getStyleState().getCurrent());
    }

    @Test
    void sgr9StrikesTextAnd29EndsIt() {
        feed("a\u001b[9mb\u001b[29mc");
        assertThat(engine.screenLines().get(0)).isEqualTo("abc");
        assertThat(struckAt(0, 0)).isFalse();
        assertThat(struckAt(1, 0)).isTrue();
        assertThat(struckAt(2, 0)).isFalse();
    }

    @Test
    void otherAttributesKeepStrikethroughAndResetsClearIt() {
        feed("\u001b[9m\u001b[1;31ma\u001b[22mb\u001b[0mc\u001b[9md\u001b[me");
        assertThat(struckAt(0, 0)).isTrue();
        TextStyle a = engine.textBuffer().getLine(0).getStyleAt(0);
        assertThat(a.hasOption(TextStyle.Option.BOLD)).isTrue();
        assertThat(a.getForeground()).isNotNull();
        assertThat(struckAt(1, 0)).isTrue();
        assertThat(struckAt(2, 0)).isFalse();
        assertThat(struckAt(3, 0)).isTrue();
        assertThat(struckAt(4, 0)).isFalse();
        assertThat(engine.textBuffer().getLine(0).getStyleAt(4)).isEqualTo(TextStyle.EMPTY);
    }

    @Test
    void colourNineLeavesTextUnstruck() {
        feed("\u001b[38;5;9ma\u001b[48;2;9;9;9mb\u001b[38:5:9mc");
        for (int x = 0; x < 3; x++) {
            assertThat(struckAt(x, 0)).as("cell %d", x).isFalse();
        }
    }

    @Test
    void nineSplitAcrossTwoFeedsStrikes() {
        feed("a\u001b[");
        feed("9mb");
        assertThat(struckAt(1, 0)).isTrue();
        assertThat(engine.screenLines().get(0)).isEqualTo("ab");
    }

    @Test
    void softAndHardResetClearStrikethrough() {
        feed("\u001b[9m\u001b[!p");
        assertThat(penStruck()).as("DECSTR").isFalse();
        feed("\u001b[9mx\u001bc");
        assertThat(penStruck()).as("RIS").isFalse();
        feed("y");
        assertThat(struckAt(0, 0)).isFalse();
    }

    @Test
    void restoreCursorBringsBackAStruckPen() {
        feed("\u001b[9m\u001b7\u001b[0m");
        assertThat(penStruck()).isFalse();
        feed("\u001b8");
        assertThat(penStruck()).isTrue();
        feed("\u001b[m");
        assertThat(penStruck()).as("a reset after the restore, in a later read").isFalse();
        feed("\u001b[9m\u001b7\u001b[0m\u001b8\u001b[0mz");
        assertThat(penStruck()).as("all in one read").isFalse();
    }

    @Test
    void erasingWithAStruckPenLeavesNoStrikethrough() {
        feed("abc\u001b[9m\u001b[1G\u001b[K");
        assertThat(struckAt(0, 0)).isFalse();
    }
}
