package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Attach: from the attach request until a fresh client emulator has applied the snapshot (screen
 * plus 10,000 lines of scrollback), against a session that printed 12,000 coloured lines. tmux's
 * anchor is {@code capture-pane -p -S -10000} of a pane that printed the same file. The two take
 * turns sample by sample.
 */
final class AttachBench implements Bench {
    /** Rounds of both systems before any is measured: at least the first, then until both JITs are quiet ({@link JitWatch}), at most the last. */
    private static final int MIN_WARM_UP = 300;
    private static final int WARM_UP_CHECK = 100;
    private static final int MAX_WARM_UP = 3000;

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        Path fill = ctx.fillFile();
        int samples = ctx.samples(200);
        int tmuxSamples = ctx.samples(100);
        TmuxDriver tmux = TmuxDriver.version() == null ? null : filledTmux(ctx, fill);
        LingerAgent agent = LingerAgent.start(ctx);
        AttachSampler sampler = new AttachSampler(agent, new String[] {agent.createFilled(fill)});

        long[] linger = new long[samples];
        long[] received = new long[samples];
        long[] capture = new long[tmuxSamples];
        long[] cold = new long[1];
        JitWatch jit = new JitWatch(agent.pid(), JitWatch.ONE_TICK_MS);
        jit.warmUp(n -> {
            long t = sampler.attach();
            if (n == 0) {
                cold[0] = t;
            }
            if (tmux != null) {
                capture(tmux);
            }
        }, ctx.samples(MIN_WARM_UP), ctx.samples(WARM_UP_CHECK), ctx.samples(MAX_WARM_UP));
        Interference during = Interference.start(agent.pid());
        for (int i = 0; i < samples; i++) {
            linger[i] = sampler.attach();
            received[i] = sampler.lastReceived();
            if (tmux != null && i < tmuxSamples) {
                capture[i] = capture(tmux);
            }
        }
        String interference = during.note();
        Stats l = Stats.of(linger);
        Stats r = Stats.of(received);
        Stats c = tmux == null ? null : Stats.of(capture);
        results.add(new Figure(name(), "attach, ms: request -> screen + 10k lines held",
                Cell.latency(l, 2), c == null ? Cell.none("no tmux") : Cell.latency(c, 2), Figure.NA,
                Verdict.below("p99 < 5 ms", "p99 %.2f ms", l.p99Ms(), 5.0),
                String.format(Locale.ROOT, "%d attaches of a fresh MirrorTerminal to a session that printed %d lines, "
                        + "after %s of both systems (the first attach of the run, cold: %.2f ms); snapshot "
                        + "%d KB, client held %d scrollback lines; of which until the decoded snapshot reached the client "
                        + "(agent + socket + decode): med %.2f / p99 %.2f ms, the rest is applying it; tmux column: "
                        + "capture-pane -p -S -10000 as a process (spawn to exit), %d samples, taking turns with Linger's; %s",
                        samples, BenchContext.FILL_LINES, jit.warmUpNote("rounds"), cold[0] / 1e6, sampler.snapshotBytes() / 1024,
                        sampler.scrollbackLines(), r.medianMs(), r.p99Ms(), c == null ? 0 : c.count(), interference)));
    }

    private static TmuxDriver filledTmux(BenchContext ctx, Path fill) throws Exception {
        TmuxDriver tmux = TmuxDriver.start(ctx);
        tmux.newSession("fill", "cat '" + fill + "'; " + tmux.signalCommand("filled") + "; exec cat");
        tmux.run("wait-for", "filled");
        int history = Integer.parseInt(tmux.run("display-message", "-p", "-t", "fill", "#{history_size}").trim());
        // tmux trims a full history by a tenth at a time: it holds 9,000 to 10,000 lines.
        if (history < BenchContext.SCROLLBACK * 9 / 10) {
            throw new IOException("tmux pane holds only " + history + " lines of history");
        }
        return tmux;
    }

    private static long capture(TmuxDriver tmux) throws Exception {
        long t0 = System.nanoTime();
        long bytes = TmuxDriver.drain(tmux.start("capture-pane", "-p", "-S", "-10000", "-t", "fill"));
        long t1 = System.nanoTime();
        if (bytes < 100_000) {
            throw new IOException("tmux capture-pane gave only " + bytes + " bytes");
        }
        return t1 - t0;
    }
}
