package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class LineCodecTest {

    @Test
    void strikethroughSurvivesTheRoundTrip() {
        TerminalEngine engine = new TerminalEngine(20, 2, 10);
        engine.feed("a\u001b[1;9;31mstruck\u001b[29mplain\u001b[0m".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TerminalLine line = engine.textBuffer().getLine(0);
        TerminalLine copy = LineCodec.decode(LineCodec.encode(line));
        assertThat(copy.getEntries()).hasSameSizeAs(line.getEntries());
        for (int x = 0; x < 12; x++) {
            assertThat(copy.getStyleAt(x)).as("cell %d", x).isEqualTo(line.getStyleAt(x));
        }
        assertThat(StruckTextStyle.isStruck(copy.getStyleAt(1))).isTrue();
        assertThat(copy.getStyleAt(1).hasOption(TextStyle.Option.BOLD)).isTrue();
        assertThat(StruckTextStyle.isStruck(copy.getStyleAt(7))).isFalse();
        assertThat(LineCodec.encode(copy)).isEqualTo(LineCodec.encode(line));
    }

    @Test
    void linesEncodedBeforeStrikethroughStillDecode() {
        // flags, one run: bold (bit 0), fg index 1, default bg, 2 chars "hi" — the format as it was.
        byte[] old = {0, 1, 1, 1, 1, 0, 2, 'h', 'i'};
        TerminalLine line = LineCodec.decode(old);
        assertThat(line.getText()).isEqualTo("hi");
        TextStyle style = line.getStyleAt(0);
        assertThat(StruckTextStyle.isStruck(style)).isFalse();
        assertThat(style).isEqualTo(new TextStyle(TerminalColor.index(1), null, EnumSet.of(TextStyle.Option.BOLD)));
        assertThat(LineCodec.encode(line)).isEqualTo(old);
    }

    @Test
    void struckAndPlainRunsOfTheSameLookStaySeparate() {
        TextStyle plain = new TextStyle(null, null, EnumSet.noneOf(TextStyle.Option.class));
        TerminalLine line = new TerminalLine(new TerminalLine.TextEntry(StruckTextStyle.struck(plain), new CharBuffer("ab")));
        line.writeString(2, new CharBuffer("cd"), TextStyle.EMPTY);
        TerminalLine copy = LineCodec.decode(LineCodec.encode(line));
        assertThat(copy.getEntries()).hasSize(2);
        assertThat(StruckTextStyle.isStruck(copy.getStyleAt(1))).isTrue();
        assertThat(copy.getStyleAt(2)).isSameAs(TextStyle.EMPTY);
    }

    @Test
    void equalCellsEncodeEquallyHoweverTheOutputArrived() {
        String out = "0\r\n1\r\n2 \u001b[9mstruck\u001b[29m plain \u001b[1;31mred\u001b[0m\r\n3\r\n";
        TerminalEngine whole = new TerminalEngine(30, 2, 10);
        whole.feed(out.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TerminalEngine byteByByte = new TerminalEngine(30, 2, 10);
        for (byte b : out.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            byteByByte.feed(new byte[] {b});
        }
        assertThat(byteByByte.scrollback().size()).isEqualTo(whole.scrollback().size());
        for (int i = 0; i < whole.scrollback().size(); i++) {
            assertThat(byteByByte.scrollback().get(i)).as("line %d", i).isEqualTo(whole.scrollback().get(i));
        }
        TerminalEngine painted = new TerminalEngine(30, 2, 10);
        painted.feed("2 \u001b[9mstruck\u001b[29m plain \u001b[1;31mred\u001b[0m".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(whole.scrollback().get(2)).as("a line scrolled in, then written")
                .isEqualTo(LineCodec.encode(painted.textBuffer().getLine(0)));
    }
}
