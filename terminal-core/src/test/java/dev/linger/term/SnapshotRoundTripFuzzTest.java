package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After any output, the snapshot fed to a fresh engine of the same size rebuilds the same screen
 * (text of every row, cursor, title), and a copy made from the copy's snapshot has the same
 * snapshot as the copy: what an attaching client is shown is what the session holds. (The first
 * copy's snapshot may differ from the original's where the original has no cell at all and the
 * snapshot writes a blank, as under a cursor waiting to wrap on an empty row.)
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
        byte[] copySnapshot = ScreenSerializer.serialize(copy);
        TerminalEngine copyOfCopy = new TerminalEngine(in.columns(), in.rows(), 8);
        copyOfCopy.feed(copySnapshot);
        assertThat(ScreenSerializer.serialize(copyOfCopy)).isEqualTo(copySnapshot);
    }
}
