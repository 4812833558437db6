package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any output, fed to a small screen in pieces of any size, with a resize part way through, keeps
 * every bound of {@link ScreenBoundsCheck} after every piece. Small screens make the edges (last
 * column, last row, scroll region ends) easy for the fuzzer to reach.
 */
class EngineFeedFuzzTest {
    @FuzzTest(maxDuration = FuzzBudget.PER_RUN)
    void anyOutputKeepsTheScreenBounded(FuzzedDataProvider data) {
        FuzzInput in = FuzzInput.from(data);
        TerminalEngine engine = new TerminalEngine(in.columns(), in.rows(), 8);
        int resizeAt = in.output().length / 2;
        int widest = Math.max(in.columns(), in.resizeTo() == null ? 0 : in.resizeTo()[0]);
        for (int off = 0; off < in.output().length; off += in.piece()) {
            int len = Math.min(in.piece(), in.output().length - off);
            engine.feed(in.output(), off, len);
            ScreenBoundsCheck.check(engine, widest);
            if (in.resizeTo() != null && off <= resizeAt && resizeAt < off + len) {
                engine.resize(in.resizeTo()[0], in.resizeTo()[1]);
                ScreenBoundsCheck.check(engine, widest);
            }
        }
        engine.pendingBytes();
        engine.historyAndScreenLines();
    }
}
