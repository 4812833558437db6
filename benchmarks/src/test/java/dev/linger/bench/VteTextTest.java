package dev.linger.bench;

import dev.linger.term.CellText;
import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VteTextTest {
    private static final long SIZE = 64 * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(VteWorkload.class)
    void writesTheSameBytesEveryTime(VteWorkload w) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        w.write(a, SIZE);
        w.write(b, SIZE);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @ParameterizedTest
    @EnumSource(VteWorkload.class)
    void writesAtLeastTheSizeAskedAsValidUtf8WithoutTheMarkersCharacter(VteWorkload w) throws Exception {
        Path f = dir.resolve("w");
        w.write(f, SIZE);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes.length).isGreaterThanOrEqualTo((int) SIZE).isLessThan((int) SIZE * 2);
        assertThat(strictUtf8(bytes)).doesNotContain("@");
    }

    /** As the benchmark prints it: cat through a PTY (LF becomes CRLF), then the end marker. */
    @ParameterizedTest
    @EnumSource(VteWorkload.class)
    void leavesTheEndMarkerOnTheScreensLastLines(VteWorkload w) throws Exception {
        Path f = dir.resolve("w");
        w.write(f, SIZE);
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8) + "\n" + MarkerWatch.MARK + "\n";
        byte[] fed = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        TerminalEngine engine = new TerminalEngine(BenchContext.COLS, BenchContext.ROWS, BenchContext.SCROLLBACK);
        engine.feed(fed, 0, fed.length);
        assertThat(CellText.plain(engine.textBuffer().getLine(BenchContext.ROWS - 2)).strip()).isEqualTo(MarkerWatch.MARK);
    }

    @ParameterizedTest
    @EnumSource(value = VteWorkload.class, names = {"DENSE_CELLS", "CURSOR_MOTION"})
    void fillsEveryCellOfTheScreenRowsAboveTheMarker(VteWorkload w) throws Exception {
        Path f = dir.resolve("w");
        w.write(f, SIZE);
        byte[] bytes = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        TerminalEngine engine = new TerminalEngine(BenchContext.COLS, BenchContext.ROWS, BenchContext.SCROLLBACK);
        engine.feed(bytes, 0, bytes.length);
        // Dense cells leave the cursor below its last full line; cursor motion paints all 24 rows.
        String line = CellText.plain(engine.textBuffer().getLine(w == VteWorkload.CURSOR_MOTION ? 0 : BenchContext.ROWS - 2));
        assertThat(line).hasSize(BenchContext.COLS).doesNotContain(" ");
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
