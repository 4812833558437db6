package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void theRunCountInFrontTakesAsManyBytesAsItNeeds() {
        for (int runs : new int[] {0, 1, 127, 128, 129, 300}) {
            TerminalLine line = new TerminalLine();
            for (int x = 0; x < runs; x++) {
                TextStyle style = new TextStyle(TerminalColor.index(x % 2), null, EnumSet.noneOf(TextStyle.Option.class));
                line.writeString(x, new CharBuffer(x % 3 == 0 ? "\u00e9" : "a"), style);
            }
            ByteSink out = new ByteSink(16);
            out.write(new byte[] {7, 7, 7});            // a line written after others
            LineCodec.encode(line, out);
            byte[] bytes = java.util.Arrays.copyOfRange(out.array(), 3, out.size());
            assertThat(bytes).as("%d runs", runs).isEqualTo(expectedEncoding(line));
            assertThat(LineCodec.encode(LineCodec.decode(bytes))).as("%d runs", runs).isEqualTo(bytes);
            assertThat(java.util.Arrays.copyOf(out.array(), 3)).isEqualTo(new byte[] {7, 7, 7});
        }
    }

    @Test
    void linesFromTheEmulatorEncodeAsTheFormatSays() {
        TerminalEngine engine = new TerminalEngine(200, 3, 10);
        StringBuilder out = new StringBuilder();
        for (int x = 0; x < 150; x++) {
            out.append("\u001b[3").append(x % 8).append('m').append(x % 5 == 0 ? "\u65e5" : "b");
        }
        out.append("\r\n\u001b[1;9;4;48;2;1;2;300mx\u001b[0m\u001b[44m\u001b[K\r\n\u001b[7mwrapped ").append("w".repeat(200));
        engine.feed(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int y = 0; y < 3; y++) {
            TerminalLine line = engine.textBuffer().getLine(y);
            assertThat(LineCodec.encode(line)).as("row %d", y).isEqualTo(expectedEncoding(line));
        }
    }

    /** The format spelled out in LineCodec's comment, written the plain way: count the runs, then write them. */
    private static byte[] expectedEncoding(TerminalLine line) {
        java.util.List<TerminalLine.TextEntry> entries = new java.util.ArrayList<>();
        for (TerminalLine.TextEntry e : line.getEntries()) {
            TerminalLine.TextEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (e.getText().length() == 0) {
                continue;
            }
            if (last != null && last.getStyle().equals(e.getStyle())) {
                String joined = last.getText().toString() + e.getText();
                entries.set(entries.size() - 1, new TerminalLine.TextEntry(last.getStyle(), new CharBuffer(joined)));
            } else {
                entries.add(e);
            }
        }
        ByteSink out = new ByteSink(16);
        out.write(line.isWrapped() ? 1 : 0);
        out.writeVarint(entries.size());
        for (TerminalLine.TextEntry e : entries) {
            out.writeVarint(LineCodec.optionBits(e.getStyle()));
            for (TerminalColor c : new TerminalColor[] {e.getStyle().getForeground(), e.getStyle().getBackground()}) {
                if (c == null) {
                    out.write(0);
                } else if (c.isIndexed()) {
                    out.write(1);
                    out.write(c.getColorIndex());
                } else {
                    out.write(2);
                    out.write(c.toColor().getRed());
                    out.write(c.toColor().getGreen());
                    out.write(c.toColor().getBlue());
                }
            }
            out.writeVarint(e.getText().length());
            for (int i = 0; i < e.getText().length(); i++) {
                out.writeCharUnit(e.getText().charAt(i));
            }
        }
        return out.toByteArray();
    }

    @Test
    void aStoredLineWithAHugeCharacterCountIsRejectedBeforeAnythingIsAllocated() {
        // flags, one run: no options, default colours, then a count of 2^28 - 1 chars in 3 bytes.
        byte[] corrupt = {0, 1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'h'};
        assertThatThrownBy(() -> LineCodec.decode(corrupt))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> LineCodec.text(corrupt))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }

    @Test
    void aStoredLineWithANegativeCountIsRejected() {
        byte[] corrupt = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        assertThatThrownBy(() -> LineCodec.decode(corrupt)).isInstanceOf(IllegalArgumentException.class);
    }
}
