package dev.linger.bench;

import java.util.List;
import java.util.Locale;

/**
 * Scale: 500 sessions in one agent, each a shell that printed 1,000 coloured lines and waits in
 * cat; then attaches of a fresh emulator to random ones. Creation time and resident memory
 * beside a tmux server holding the same 500.
 */
final class ScaleBench implements Bench {
    private static final double MB = 1024.0 * 1024.0;
    private static final int WARM_UP = 30;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int n = ctx.quick() ? 100 : 500;
        String script = "head -n 1000 '" + ctx.fillFile() + "'; " + MarkerWatch.PRINT_MARK + "; exec cat";
        boolean haveTmux = TmuxDriver.version() != null;
        double[] tmux = haveTmux ? tmux(ctx, n, script) : null;

        try (LingerAgent agent = LingerAgent.start(ctx)) {
            String[] ids = new String[n];
            long[] createNanos = new long[n];
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long c0 = System.nanoTime();
                ids[i] = agent.create(List.of("sh", "-c", script));
                createNanos[i] = System.nanoTime() - c0;
            }
            double createSeconds = (System.nanoTime() - t0) / 1e9;
            Stats creates = Stats.of(createNanos);
            awaitAll(n, i -> agent.screenContains(ids[i], MarkerWatch.MARK));
            int live = agent.status().path("sessions").asInt();
            if (live != n) {
                throw new IllegalStateException("the agent holds " + live + " sessions, not " + n);
            }
            AttachSampler sampler = new AttachSampler(agent, ids);
            long[] attachNanos = new long[ctx.samples(300)];
            Interference during = null;
            for (int i = -WARM_UP; i < attachNanos.length; i++) {
                if (i == 0) {
                    during = Interference.start(agent.pid());
                }
                long t = sampler.attach();
                if (i >= 0) {
                    attachNanos[i] = t;
                }
            }
            String interference = during.note();
            Stats attach = Stats.of(attachNanos);
            agent.settle();
            double rssMb = agent.rss() / MB;

            results.add(new Figure(name(), "scale: attach with " + n + " sessions, ms", Cell.latency(attach, 2),
                    Figure.NA, Figure.NA, Verdict.below("p99 < 10 ms", "p99 %.2f ms", attach.p99Ms(), 10.0),
                    String.format(Locale.ROOT, "%d attaches (after %d warm-up) to random sessions of %d, each holding "
                            + "1,000 printed lines (snapshot ~%d KB); %s", attach.count(), WARM_UP, n,
                            sampler.snapshotBytes() / 1024, interference)));
            results.add(new Figure(name(), "scale: create " + n + " sessions, s", Cell.value(createSeconds, 2),
                    haveTmux ? Cell.value(tmux[0], 2) : Cell.none("no tmux"), Figure.NA, null,
                    String.format(Locale.ROOT, "one after another, each printing 1,000 lines as the next is made; "
                            + "Linger session.create med %.1f / p99 %.1f / max %.1f ms; tmux: one 'new-session -d' "
                            + "process each", creates.medianMs(), creates.p99Ms(), creates.maxMs())));
            results.add(new Figure(name(), "scale: RSS with " + n + " sessions, MB", Cell.value(rssMb, 0),
                    haveTmux ? Cell.value(tmux[1], 0) : Cell.none("no tmux"), Figure.NA, null,
                    "whole agent (after full GC) / whole tmux server"));
        }
    }

    private interface Printed {
        boolean test(int session) throws Exception;
    }

    /** Waits until each of {@code n} sessions has printed its 1,000 lines (its end marker is on screen). */
    private static void awaitAll(int n, Printed printed) throws Exception {
        long deadline = System.currentTimeMillis() + LingerAgent.WAIT_MS;
        for (int i = 0; i < n; i++) {
            while (!printed.test(i)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new java.io.IOException("session " + i + " of " + n + " never finished printing");
                }
                Thread.sleep(20);
            }
        }
    }

    /** Seconds to create {@code n} sessions, and the server's RSS in MB after. */
    private static double[] tmux(BenchContext ctx, int n, String script) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                tmux.newSession("s" + i, script);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            awaitAll(n, i -> tmux.run("capture-pane", "-p", "-t", "s" + i).contains(MarkerWatch.MARK));
            return new double[] {seconds, tmux.serverRss() / MB};
        }
    }
}
