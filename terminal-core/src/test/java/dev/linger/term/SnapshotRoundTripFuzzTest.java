package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After any output, the snapshot fed to a fresh engine of the same size rebuilds the same screen
 * (text of every row, cursor, title), and so does a copy made from the copy's snapshot: what an
 * attaching client is shown is what the session holds, however often it is passed on. The
 * snapshots' bytes are not compared: a blank cell may come back as an erased cell or as a space
 * of the same style (the core erases to one or the other depending on what follows in the row),
 * which no one can see.
 */
class SnapshotRoundTripFuzzTest {
    @FuzzTest(maxDuration = FuzzBudget.PER_RUN)
    void snapshotRebuildsTheScreen(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.from(data);
        TerminalEngine engine = new TerminalEngine(in.columns(), in.rows(), 8);
        for (int off = 0; off < in.output().length; off += in.piece()) {
            engine.feed(in.output(), off, Math.min(in.piece(), in.output().length - off));
        }
        byte[] snapshot = ScreenSerializer.serialize(engine);

        TerminalEngine copy = new TerminalEngine(in.columns(), in.rows(), 8);
        copy.feed(snapshot);
        ScreenBoundsCheck.check(copy);
        assertThat(copy.screenLines()).isEqualTo(engine.screenLines());
        assertThat(copy.terminal().getCursorX()).isEqualTo(engine.terminal().getCursorX());
        assertThat(copy.terminal().getCursorY()).isEqualTo(engine.terminal().getCursorY());
        assertThat(copy.title()).isEqualTo(engine.title());
        TerminalEngine copyOfCopy = new TerminalEngine(in.columns(), in.rows(), 8);
        copyOfCopy.feed(ScreenSerializer.serialize(copy));
        ScreenBoundsCheck.check(copyOfCopy);
        assertThat(copyOfCopy.screenLines()).isEqualTo(copy.screenLines());
        assertThat(copyOfCopy.terminal().getCursorX()).isEqualTo(copy.terminal().getCursorX());
        assertThat(copyOfCopy.terminal().getCursorY()).isEqualTo(copy.terminal().getCursorY());
        assertThat(copyOfCopy.title()).isEqualTo(copy.title());
    }
}
