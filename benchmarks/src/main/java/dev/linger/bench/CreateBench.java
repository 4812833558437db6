package dev.linger.bench;

import java.util.Locale;

/**
 * Session creation: {@code session.create} with the default (login) shell, from request to
 * response, each session killed (untimed) before the next. tmux: {@code new-session -d} as a
 * process, spawn to exit, which includes starting the tmux client.
 */
final class CreateBench implements Bench {
    private static final int WARM_UP = 20;
    /**
     * The shell is left to start before it is killed: a login bash hung up in its first few
     * milliseconds survives SIGHUP, and the agent's kill then waits out its 2 s grace.
     */
    private static final long SETTLE_MS = 50;

    @Override
    public String name() {
        return "create";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int samples = ctx.samples(200);
        Stats tmux = TmuxDriver.version() == null ? null : tmux(ctx, samples);
        Stats linger;
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            long[] nanos = new long[samples];
            for (int i = -WARM_UP; i < samples; i++) {
                long t0 = System.nanoTime();
                String id = agent.create(null);
                long t1 = System.nanoTime();
                if (i >= 0) {
                    nanos[i] = t1 - t0;
                }
                Thread.sleep(SETTLE_MS);
                agent.kill(id);
            }
            linger = Stats.of(nanos);
        }
        results.add(new Figure(name(), "session creation, ms", Cell.latency(linger, 2),
                tmux == null ? Cell.none("no tmux") : Cell.latency(tmux, 2), Figure.NA,
                Verdict.atMost("p99 < 50 ms", "p99 %.2f ms", linger.p99Ms(), 50.0),
                String.format(Locale.ROOT, "%d creates (after %d warm-up) of the login shell at 80x24, "
                        + "session.create request to response; each killed (50 ms later, untimed) before the next", samples, WARM_UP)));
    }

    private static Stats tmux(BenchContext ctx, int samples) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            long[] nanos = new long[samples];
            for (int i = -WARM_UP; i < samples; i++) {
                long t0 = System.nanoTime();
                tmux.run("new-session", "-d", "-s", "c", "-x", "80", "-y", "24");
                long t1 = System.nanoTime();
                if (i >= 0) {
                    nanos[i] = t1 - t0;
                }
                Thread.sleep(SETTLE_MS);
                tmux.run("kill-session", "-t", "c");
            }
            return Stats.of(nanos);
        }
    }
}
