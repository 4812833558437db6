package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Attach: from the attach request until a fresh client emulator has applied the snapshot (screen
 * plus 10,000 lines of scrollback), against a session that printed 12,000 coloured lines. tmux's
 * anchor is {@code capture-pane -p -S -10000} of a pane that printed the same file.
 */
final class AttachBench implements Bench {
    static final long APPLY_TIMEOUT_MS = 10_000;

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        Path fill = ctx.fillFile();
        Stats tmux = TmuxDriver.version() == null ? null : tmux(ctx, fill, ctx.samples(100));
        Stats linger;
        int[] sizes = new int[2];
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            String id = agent.createFilled(fill);
            linger = attachLatency(agent, new String[] {id}, 30, ctx.samples(200), sizes);
        }
        results.add(new Figure(name(), "attach, ms: request -> screen + 10k lines held",
                Cell.latency(linger, 2), tmux == null ? Cell.none("no tmux") : Cell.latency(tmux, 2), Figure.NA,
                Verdict.atMost("p99 < 5 ms", "p99 %.2f ms", linger.p99Ms(), 5.0),
                String.format(Locale.ROOT, "%d attaches (after 30 warm-up) of a fresh MirrorTerminal to a session that "
                        + "printed %d lines; snapshot %d KB, client held %d scrollback lines; tmux column: "
                        + "capture-pane -p -S -10000 as a process (spawn to exit), %d samples",
                        linger.count(), BenchContext.FILL_LINES, sizes[0] / 1024, sizes[1],
                        tmux == null ? 0 : tmux.count())));
    }

    /**
     * Attaches a fresh emulator to a random one of {@code sessions} again and again, timing each
     * from the request until its snapshot is applied, then detaches it.
     * {@code sizes} gets the last snapshot's bytes and the scrollback lines the client held.
     */
    static Stats attachLatency(LingerAgent agent, String[] sessions, int warmUp, int samples, int[] sizes)
            throws Exception {
        java.util.Random random = new java.util.Random(7);
        long[] nanos = new long[samples];
        for (int i = -warmUp; i < samples; i++) {
            String session = sessions[random.nextInt(sessions.length)];
            TimedMirror mirror = new TimedMirror();
            long t0 = System.nanoTime();
            int ch = agent.attach(session, mirror);
            long applied = mirror.awaitApplied(APPLY_TIMEOUT_MS);
            if (applied == 0) {
                throw new IOException("no snapshot within " + APPLY_TIMEOUT_MS + " ms of attaching to " + session);
            }
            if (i >= 0) {
                nanos[i] = applied - t0;
            }
            sizes[0] = mirror.snapshotBytes();
            sizes[1] = mirror.scrollbackLines();
            agent.client().detach(ch);
        }
        return Stats.of(nanos);
    }

    private static Stats tmux(BenchContext ctx, Path fill, int samples) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            tmux.newSession("fill", "cat '" + fill + "'; " + tmux.signalCommand("filled") + "; exec cat");
            tmux.run("wait-for", "filled");
            int history = Integer.parseInt(tmux.run("display-message", "-p", "-t", "fill", "#{history_size}").trim());
            // tmux trims a full history by a tenth at a time: it holds 9,000 to 10,000 lines.
            if (history < BenchContext.SCROLLBACK * 9 / 10) {
                throw new IOException("tmux pane holds only " + history + " lines of history");
            }
            long[] nanos = new long[samples];
            for (int i = -10; i < samples; i++) {
                long t0 = System.nanoTime();
                long bytes = TmuxDriver.drain(tmux.start("capture-pane", "-p", "-S", "-10000", "-t", "fill"));
                long t1 = System.nanoTime();
                if (bytes < 100_000) {
                    throw new IOException("tmux capture-pane gave only " + bytes + " bytes");
                }
                if (i >= 0) {
                    nanos[i] = t1 - t0;
                }
            }
            return Stats.of(nanos);
        }
    }
}
