package dev.linger.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Memory per session: resident memory of the agent (after full GCs) or of the tmux server while N
 * idle shells, or M sessions that each printed 12,000 coloured lines, are added; the figure is the
 * least-squares slope per session over five checkpoints ({@link MemoryCurve}) — for the agent, of
 * RSS or, when larger, of live heap plus non-heap RSS (see {@link #perSession}). Each measure has its
 * own fresh agent or server, already holding a few sessions of the same kind (10 idle, 3 filled).
 */
final class MemoryBench implements Bench {
    private static final double KB = 1024.0;
    private static final double MB = 1024.0 * 1024.0;
    /**
     * Sessions made (and kept) before the baseline: classes loaded, code compiled, malloc arenas
     * made for the first threads; what follows is the marginal cost of one more session.
     */
    private static final int WARM_UP = 3;
    private static final int WARM_UP_IDLE = 10;
    private static final int RSS = 0;
    private static final int HEAP = 1;
    private static final int THREADS = 2;
    /** RSS outside the Java heap: thread stacks, code, metadata, native allocations. */
    private static final int NON_HEAP = 3;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int idle = ctx.quick() ? 20 : 100;
        int filled = ctx.quick() ? 8 : 20;
        Path fill = ctx.fillFile();
        boolean haveTmux = TmuxDriver.version() != null;

        MemoryCurve lingerIdle = lingerIdle(ctx, idle);
        MemoryCurve tmuxIdle = haveTmux ? tmux(ctx, idle, WARM_UP_IDLE, (t, i) -> t.newSession("idle" + i, "exec sh")) : null;
        double idleKb = perSession(lingerIdle) / KB;
        results.add(new Figure(name(), "memory per idle session, KB", Cell.value(idleKb, 0),
                haveTmux ? Cell.value(tmuxIdle.slope(RSS) / KB, 0) : Cell.none("no tmux"), Figure.NA,
                Verdict.atMost("<= 200 KB", "%.0f KB", idleKb, 200),
                String.format(Locale.ROOT, "%d idle 'sh' sessions; %s", idle, describe(lingerIdle, tmuxIdle, KB, "KB"))));

        MemoryCurve lingerFilled = lingerFilled(ctx, fill, filled);
        MemoryCurve tmuxFilled = haveTmux ? tmux(ctx, filled, WARM_UP, (t, i) -> fillTmux(t, "fill" + i, fill)) : null;
        double filledMb = perSession(lingerFilled) / MB;
        results.add(new Figure(name(), "memory per 10k-line session, MB", Cell.value(filledMb, 2),
                haveTmux ? Cell.value(tmuxFilled.slope(RSS) / MB, 2) : Cell.none("no tmux"), Figure.NA,
                Verdict.atMost("<= 2.2 MB", "%.2f MB", filledMb, 2.2),
                String.format(Locale.ROOT, "%d sessions that each printed %d coloured lines (60-100 columns) into a "
                        + "10,000-line scrollback; %s", filled, BenchContext.FILL_LINES,
                        describe(lingerFilled, tmuxFilled, MB, "MB"))));
    }

    private static String describe(MemoryCurve linger, MemoryCurve tmux, double unit, String unitName) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "per session = least-squares slope over 5 checkpoints of RSS, or for Linger of live heap + non-heap RSS "
                + "when that is larger; Linger per session: RSS %.0f KB, live Java heap %.0f KB, non-heap RSS %.0f KB "
                + "(%.1f threads); plain (last - first) / N of RSS: Linger %.2f %s", linger.slope(RSS) / KB,
                linger.slope(HEAP) / KB, linger.slope(NON_HEAP) / KB, linger.slope(THREADS),
                linger.plainDelta(RSS) / unit, unitName));
        if (tmux != null) {
            sb.append(String.format(Locale.ROOT, ", tmux %.2f %s", tmux.plainDelta(RSS) / unit, unitName));
        }
        sb.append(String.format(Locale.ROOT, "; agent RSS in MB: %s sessions", linger.points(RSS, MB)));
        return sb.toString();
    }

    /** RSS, live heap, thread count and non-heap RSS of the agent, after full GCs. */
    private static long[] measure(LingerAgent agent) throws Exception {
        agent.settle();
        long rss = agent.rss();
        long heapRss = agent.heapRssBytes();
        return new long[] {rss, agent.liveHeapBytes(), ProcStatus.threads(agent.pid()), rss - heapRss};
    }

    /**
     * Bytes per Linger session: the RSS slope, unless the heap grew inside pages it had already
     * touched (a heap started at -Xms64m does), where RSS hides the new objects: then live heap
     * plus non-heap RSS, per session.
     */
    private static double perSession(MemoryCurve c) {
        return Math.max(c.slope(RSS), c.slope(HEAP) + c.slope(NON_HEAP));
    }

    private static MemoryCurve lingerIdle(BenchContext ctx, int n) throws Exception {
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            for (int i = 0; i < WARM_UP_IDLE; i++) {
                agent.create(List.of("sh"));
            }
            AgentDiagnostics.dump(ctx, agent, "idle-before");
            // measure() settles the agent first (full GCs, a pause): time enough for the new shells to start.
            MemoryCurve c = MemoryCurve.run(n, i -> agent.create(List.of("sh")), () -> measure(agent));
            AgentDiagnostics.dump(ctx, agent, "idle-after");
            return c;
        }
    }

    private static MemoryCurve lingerFilled(BenchContext ctx, Path fill, int n) throws Exception {
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            for (int i = 0; i < WARM_UP; i++) {
                agent.createFilled(fill);
            }
            AgentDiagnostics.dump(ctx, agent, "filled-before");
            MemoryCurve c = MemoryCurve.run(n, i -> agent.createFilled(fill), () -> measure(agent));
            AgentDiagnostics.dump(ctx, agent, "filled-after");
            return c;
        }
    }

    private interface TmuxAdder {
        void add(TmuxDriver tmux, int index) throws Exception;
    }

    private static MemoryCurve tmux(BenchContext ctx, int n, int warmUp, TmuxAdder adder) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            for (int i = 0; i < warmUp; i++) {
                adder.add(tmux, 1_000_000 + i);
            }
            return MemoryCurve.run(n, i -> adder.add(tmux, i), () -> {
                // tmux has nothing like a full GC to wait for: the same pause as the agent's settle().
                Thread.sleep(LingerAgent.SETTLE_PAUSE_MS);
                return new long[] {tmux.serverRss(), 0, 0, 0};
            });
        }
    }

    private static void fillTmux(TmuxDriver tmux, String session, Path fill) throws Exception {
        tmux.newSession(session, "cat '" + fill + "'; " + tmux.signalCommand("done-" + session) + "; exec cat");
        tmux.run("wait-for", "done-" + session);
    }
}
