package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passes over raw output before the emulator ({@link PrivateModeSplitter},
 * {@link X10ModeTracker}) give the same result however the output is cut into reads, both with
 * and without the splitter's scan-ahead, and never hold back more than a bounded sequence.
 */
class OutputPrepassFuzzTest {
    @FuzzTest(maxDuration = FuzzBudget.PER_RUN)
    void readBoundariesDoNotChangeThePrepass(FuzzedDataProvider data) {
        boolean strikeInUse = data.consumeBoolean();
        int piece = data.consumeInt(1, 64);
        byte[] output = data.consumeRemainingAsBytes();

        byte[] whole = split(output, output.length == 0 ? 1 : output.length, strikeInUse, true);
        assertThat(split(output, piece, strikeInUse, true)).isEqualTo(whole);
        assertThat(split(output, piece, strikeInUse, false)).isEqualTo(whole);

        X10ModeTracker once = new X10ModeTracker();
        once.scan(output, 0, output.length);
        X10ModeTracker inPieces = new X10ModeTracker();
        for (int off = 0; off < output.length; off += piece) {
            inPieces.scan(output, off, Math.min(piece, output.length - off));
        }
        assertThat(inPieces.enabled()).isEqualTo(once.enabled());
    }

    /** What the splitter passes on for {@code output} read {@code piece} bytes at a time, and what it holds at the end. */
    private static byte[] split(byte[] output, int piece, boolean strikeInUse, boolean scanAhead) {
        PrivateModeSplitter splitter = new PrivateModeSplitter(scanAhead);
        splitter.strikeInUse(strikeInUse);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < output.length; off += piece) {
            splitter.process(output, off, Math.min(piece, output.length - off));
            out.write(splitter.result(), splitter.offset(), splitter.length());
            assertThat(splitter.held().length).isLessThanOrEqualTo(257);
        }
        out.writeBytes(splitter.held());
        return out.toByteArray();
    }
}
