package dev.linger.bench;

import dev.linger.agent.client.ChannelListener;
import dev.linger.agent.protocol.Snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Keystroke echo: one byte written by a client comes back from {@code stty raw -echo; cat} in the
 * client's output. Linger: an attached agent client. Direct: pty4j in this JVM. tmux: a real tmux
 * client in a PTY, typed into and read. The three take turns key by key, so a busy moment of the
 * machine falls on all of them alike.
 */
final class EchoBench implements Bench {
    private static final long READY_MS = 10_000;
    /** Pause between keystrokes: a typist's keys do not arrive back to back. */
    private static final long GAP_NANOS = 2_000_000L;
    /** Keystrokes of each system before any is measured: at least the first, then until both JITs are quiet, at most the last. */
    private static final int MIN_WARM_UP = 200;
    private static final int WARM_UP_CHECK = 100;
    private static final int MAX_WARM_UP = 3000;

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int samples = ctx.samples(1000);
        List<EchoProbe> probes = new ArrayList<>();
        EchoProbe direct = direct(ctx);
        probes.add(direct);
        EchoProbe tmux = TmuxDriver.version() == null ? null : tmux(ctx);
        if (tmux != null) {
            probes.add(tmux);
        }
        LingerAgent agent = LingerAgent.start(ctx);
        EchoProbe linger = linger(ctx, agent);
        probes.add(linger);

        JitWatch jit = new JitWatch(agent.pid(), JitWatch.ONE_TICK_MS);
        jit.warmUp(n -> {
            for (EchoProbe probe : probes) {
                probe.keystroke();
                LockSupport.parkNanos(GAP_NANOS);
            }
        }, ctx.samples(MIN_WARM_UP), ctx.samples(WARM_UP_CHECK), ctx.samples(MAX_WARM_UP));
        Interference during = Interference.start(agent.pid());
        long[][] nanos = new long[probes.size()][samples];
        for (int i = 0; i < samples; i++) {
            for (int p = 0; p < probes.size(); p++) {
                nanos[p][i] = probes.get(p).keystroke();
                LockSupport.parkNanos(GAP_NANOS);
            }
        }
        String interference = during.note();
        Stats d = Stats.of(nanos[0]);
        Stats t = tmux == null ? null : Stats.of(nanos[1]);
        Stats l = Stats.of(nanos[probes.size() - 1]);
        results.add(new Figure(name(), "keystroke echo, ms", Cell.latency(l, 3),
                t == null ? Cell.none("no tmux") : Cell.latency(t, 3), Cell.latency(d, 3),
                Verdict.atMost("p99 <= 2x direct", "p99 %.2fx direct", l.p99Ms() / d.p99Ms(), 2.0),
                String.format(Locale.ROOT, "%d keystrokes each, after %s, taking turns, 2 ms apart, echoed by "
                        + "'stty raw -echo; cat' in a session that first printed 12,000 lines (a full 10k scrollback); "
                        + "timed from the client's write to the byte's arrival in its output; keystrokes over 1 ms: %s; %s",
                        samples, jit.warmUpNote("keystrokes each"), overOneMs(l, t, d), interference)));
    }

    /** Each system's share of round trips over a millisecond: the slow ones that decide a p99 (see benchmarks/README). */
    private static String overOneMs(Stats linger, Stats tmux, Stats direct) {
        long ms = 1_000_000L;
        return String.format(Locale.ROOT, "Linger %.2f%%, %sdirect PTY %.2f%%", linger.percentAbove(ms),
                tmux == null ? "" : String.format(Locale.ROOT, "tmux %.2f%%, ", tmux.percentAbove(ms)), direct.percentAbove(ms));
    }

    private static EchoProbe direct(BenchContext ctx) throws Exception {
        EchoProbe probe = new EchoProbe("direct PTY");
        DirectPty pty = DirectPty.spawn(ctx, List.of("sh", "-c", MarkerWatch.gated(EchoProbe.script(ctx.fillFile()))), probe);
        probe.connect(pty::write);
        pty.write(new byte[] {'\r'});
        awaitReady(probe);
        return probe;
    }

    private static EchoProbe tmux(BenchContext ctx) throws Exception {
        TmuxDriver tmux = TmuxDriver.start(ctx);
        tmux.newSession("echo", MarkerWatch.gated(EchoProbe.script(ctx.fillFile())));
        EchoProbe probe = new EchoProbe("tmux");
        DirectPty client = tmux.attach("echo", probe);
        probe.connect(client::write);
        // The client has drawn the gate: it is attached and reads its keyboard, so the Enter is not lost.
        if (!probe.gate().await(READY_MS)) {
            throw new IOException("the tmux client never showed the pane's gate");
        }
        client.write(new byte[] {'\r'});
        if (!probe.ready().await(READY_MS) && !tmux.run("capture-pane", "-p", "-t", "echo").contains("READY")) {
            throw new IOException("tmux pane never printed READY");
        }
        return probe;
    }

    private static EchoProbe linger(BenchContext ctx, LingerAgent agent) throws Exception {
        String id = agent.createGated(EchoProbe.script(ctx.fillFile()));
        EchoProbe probe = new EchoProbe("Linger");
        int ch = agent.attach(id, new ChannelListener() {
            @Override
            public void onSnapshot(Snapshot snapshot) {
            }

            @Override
            public void onOutput(byte[] bytes) {
                probe.onBytes(bytes, 0, bytes.length);
            }
        });
        probe.connect(b -> agent.client().write(ch, b));
        agent.pressEnter(ch);
        awaitReady(probe);
        return probe;
    }

    private static void awaitReady(EchoProbe probe) throws Exception {
        if (!probe.ready().await(READY_MS)) {
            throw new IOException("'stty raw -echo; cat' did not start");
        }
    }
}
