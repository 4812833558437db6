package dev.linger.bench;

import java.util.Locale;

/**
 * Session creation: {@code session.create} with the default (login) shell, from request to
 * response, each session killed (untimed) before the next. tmux: {@code new-session -d} as a
 * process, spawn to exit, which includes starting the tmux client. The two take turns.
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
        TmuxDriver tmux = TmuxDriver.version() == null ? null : TmuxDriver.start(ctx);
        LingerAgent agent = LingerAgent.start(ctx);
        long[] linger = new long[samples];
        long[] tmuxNanos = new long[samples];
        for (int i = -WARM_UP; i < samples; i++) {
            long t0 = System.nanoTime();
            String id = agent.create(null);
            long t1 = System.nanoTime();
            Thread.sleep(SETTLE_MS);
            agent.kill(id);
            if (tmux != null) {
                long m0 = System.nanoTime();
                tmux.run("new-session", "-d", "-s", "c", "-x", "80", "-y", "24");
                long m1 = System.nanoTime();
                Thread.sleep(SETTLE_MS);
                tmux.run("kill-session", "-t", "c");
                if (i >= 0) {
                    tmuxNanos[i] = m1 - m0;
                }
            }
            if (i >= 0) {
                linger[i] = t1 - t0;
            }
        }
        Stats l = Stats.of(linger);
        results.add(new Figure(name(), "session creation, ms", Cell.latency(l, 2),
                tmux == null ? Cell.none("no tmux") : Cell.latency(Stats.of(tmuxNanos), 2), Figure.NA,
                Verdict.below("p99 < 50 ms", "p99 %.2f ms", l.p99Ms(), 50.0),
                String.format(Locale.ROOT, "%d creates (after %d warm-up) of the login shell at 80x24, session.create "
                        + "request to response, each killed (50 ms later, untimed) before the next; tmux: "
                        + "'new-session -d' as a process, taking turns with Linger", samples, WARM_UP)));
    }
}
