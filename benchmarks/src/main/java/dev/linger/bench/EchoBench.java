package dev.linger.bench;

import dev.linger.agent.client.ChannelListener;
import dev.linger.agent.protocol.Snapshot;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Keystroke echo: one byte written by a client comes back from {@code stty raw -echo; cat} in the
 * client's output. Linger: an attached agent client. Direct: pty4j in this JVM. tmux: a real tmux
 * client in a PTY, typing into it and reading its output.
 */
final class EchoBench implements Bench {
    private static final long READY_MS = 10_000;

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int warm = ctx.samples(200);
        int samples = ctx.samples(1000);
        Stats direct = direct(ctx, warm, samples);
        Stats tmux = TmuxDriver.version() == null ? null : tmux(ctx, warm, samples);
        Stats linger = linger(ctx, warm, samples);
        double ratio = linger.p99Ms() / direct.p99Ms();
        results.add(new Figure(name(), "keystroke echo, ms", Cell.latency(linger, 3),
                tmux == null ? Cell.none("no tmux") : Cell.latency(tmux, 3), Cell.latency(direct, 3),
                Verdict.atMost("p99 <= 2x direct", "p99 %.2fx direct", ratio, 2.0),
                String.format(Locale.ROOT, "%d keystrokes each (after %d warm-up), 2 ms apart, echoed by "
                        + "'stty raw -echo; cat'; timed from write to the byte's arrival in the client's output",
                        samples, warm)));
    }

    private static Stats direct(BenchContext ctx, int warm, int samples) throws Exception {
        EchoProbe probe = new EchoProbe();
        try (DirectPty pty = DirectPty.spawn(ctx, List.of("sh", "-c", "read _; " + EchoProbe.SCRIPT), probe)) {
            pty.write(new byte[] {'\r'});
            awaitReady(probe, "direct PTY");
            return Stats.of(probe.measure(pty::write, warm, samples));
        }
    }

    private static Stats tmux(BenchContext ctx, int warm, int samples) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            tmux.newSession("echo", "read _; " + EchoProbe.SCRIPT);
            EchoProbe probe = new EchoProbe();
            try (DirectPty client = tmux.attach("echo", probe)) {
                Thread.sleep(300);
                client.write(new byte[] {'\r'});
                if (!probe.ready().await(READY_MS)
                        && !tmux.run("capture-pane", "-p", "-t", "echo").contains("READY")) {
                    throw new IOException("tmux pane never printed READY");
                }
                Thread.sleep(100);
                return Stats.of(probe.measure(client::write, warm, samples));
            }
        }
    }

    private static Stats linger(BenchContext ctx, int warm, int samples) throws Exception {
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            String id = agent.createGated(EchoProbe.SCRIPT);
            EchoProbe probe = new EchoProbe();
            int ch = agent.attach(id, new ChannelListener() {
                @Override
                public void onSnapshot(Snapshot snapshot) {
                }

                @Override
                public void onOutput(byte[] bytes) {
                    probe.onBytes(bytes, 0, bytes.length);
                }
            });
            agent.pressEnter(ch);
            awaitReady(probe, "Linger");
            return Stats.of(probe.measure(b -> agent.client().write(ch, b), warm, samples));
        }
    }

    private static void awaitReady(EchoProbe probe, String who) throws Exception {
        if (!probe.ready().await(READY_MS)) {
            throw new IOException(who + ": 'stty raw -echo; cat' did not start");
        }
    }
}
