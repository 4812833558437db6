package dev.linger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Output throughput: {@code cat FILE} (~32 MB of coloured lines) in a session with an attached
 * client, timed from the Enter that starts it to the moment the end marker reaches the client
 * (Linger, direct PTY) or the pane's command ends (tmux, through {@code wait-for}). One warm-up
 * run, then the median of three.
 */
final class ThroughputBench implements Bench {
    private static final long WAIT_MS = 180_000;

    private interface Run {
        double megabytesPerSecond(int index) throws Exception;
    }

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        Path file = ctx.throughputFile();
        long size = Files.size(file);
        int runs = ctx.quick() ? 1 : 3;
        String payload = "cat '" + file + "'; " + MarkerWatch.PRINT_MARK + "; exec sleep 600";

        runsNote.setLength(0);
        cpu.clear();
        double direct = median("direct", runs, i -> direct(ctx, payload, size));
        double tmux = TmuxDriver.version() == null ? Double.NaN : tmuxRuns(ctx, file, size, runs);
        double linger;
        double mirror;
        int[] resyncs = new int[2];
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            linger = median("Linger raw", runs, i -> linger(agent, payload, size, false, resyncs));
            mirror = median("Linger emulating", runs, i -> linger(agent, payload, size, true, resyncs));
        }
        String fileNote = String.format(Locale.ROOT, "%.1f MB file, %d-line scrollback, 80x24; median of %d runs after 1 warm-up",
                size / 1e6, BenchContext.SCROLLBACK, runs);
        Verdict v = Double.isNaN(tmux) ? null : Verdict.atLeast(">= 1.5x tmux", "%.2fx tmux", linger / tmux, 1.5);
        results.add(new Figure(name(), "throughput, MB/s (raw client)", Cell.value(linger, 1),
                Double.isNaN(tmux) ? Cell.none("no tmux") : Cell.value(tmux, 1), Cell.value(direct, 1), v,
                fileNote + "; Linger's client counts bytes without parsing, like tmux's client"
                        + (resyncs[0] > 0 ? "; the raw client fell behind " + resyncs[0] + " time(s) and was resynced" : "")
                        + "; each run, MB/s: " + runsNote + "; " + cpuNote()));
        double[] engineAgentFlags = engineAlone(file, AgentSpawner.launcherJvmOptions());
        double[] engineDefault = engineAlone(file, List.of());
        results.add(new Figure(name(), "throughput, MB/s (terminal-core alone)", Cell.value(engineAgentFlags[0], 1),
                Figure.NA, Figure.NA, null, String.format(Locale.ROOT, "the file fed to a TerminalEngine(80x24, 10k) "
                        + "in a JVM of its own with the agent's JVM options, no PTY or socket: %.1f MB/s, %.1f MB per CPU "
                        + "second (GC included); with the JVM's default options instead: %.1f MB/s, %.1f MB per CPU second",
                        engineAgentFlags[0], engineAgentFlags[1], engineDefault[0], engineDefault[1])));
        results.add(new Figure(name(), "throughput, MB/s (client emulates)", Cell.value(mirror, 1), Figure.NA, Figure.NA,
                null, "the client parses everything into a MirrorTerminal with a 10k-line scrollback, as the app does"
                        + (resyncs[1] > 0 ? "; it fell behind " + resyncs[1] + " time(s): output dropped, snapshot resent"
                        : "; it never fell behind")));
    }

    private final StringBuilder runsNote = new StringBuilder();
    /** CPU seconds per 100 MB by process, over the measured runs: insensitive to a busy machine. */
    private final java.util.Map<String, double[]> cpu = new java.util.LinkedHashMap<>();
    private boolean warmingUp;

    private void addCpu(String who, double seconds, long bytes) {
        if (!warmingUp) {
            double[] c = cpu.computeIfAbsent(who, k -> new double[2]);
            c[0] += seconds;
            c[1] += bytes;
        }
    }

    private String cpuNote() {
        StringBuilder sb = new StringBuilder("CPU seconds per 100 MB:");
        cpu.forEach((who, c) -> sb.append(String.format(Locale.ROOT, " %s %.2f;", who, c[0] / (c[1] / 1e8))));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private double median(String who, int runs, Run run) throws Exception {
        warmingUp = true;
        run.megabytesPerSecond(-1);
        warmingUp = false;
        double[] r = new double[runs];
        for (int i = 0; i < runs; i++) {
            r[i] = run.megabytesPerSecond(i);
        }
        runsNote.append(runsNote.length() == 0 ? "" : "; ").append(who).append(' ');
        for (int i = 0; i < runs; i++) {
            runsNote.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f", r[i]));
        }
        Arrays.sort(r);
        return r[runs / 2];
    }

    private static double mbps(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static double direct(BenchContext ctx, String payload, long size) throws Exception {
        MarkerWatch marker = new MarkerWatch();
        try (DirectPty pty = DirectPty.spawn(ctx, List.of("sh", "-c", "read _; " + payload), marker::feed)) {
            Thread.sleep(100);
            long t0 = System.nanoTime();
            pty.write(enter());
            awaitMarker(marker, "direct PTY");
            return mbps(size, marker.seenAt() - t0);
        }
    }

    private double linger(LingerAgent agent, String payload, long size, boolean emulate, int[] resyncs)
            throws Exception {
        String id = agent.createGated(payload);
        StreamWatch raw = new StreamWatch();
        MirrorWatch mirror = new MirrorWatch();
        MarkerWatch marker = emulate ? mirror.marker() : raw.marker();
        int ch = agent.attach(id, emulate ? mirror : raw);
        Thread.sleep(100);
        double cpu0 = ProcStatus.cpuSeconds(agent.pid());
        long t0 = System.nanoTime();
        agent.pressEnter(ch);
        awaitMarker(marker, "Linger");
        double result = mbps(size, marker.seenAt() - t0);
        addCpu(emulate ? "agent (emulating client)" : "agent", ProcStatus.cpuSeconds(agent.pid()) - cpu0, size);
        resyncs[emulate ? 1 : 0] += emulate ? mirror.resyncs() : raw.resyncs();
        agent.client().detach(ch);
        agent.kill(id);
        return result;
    }

    private double tmuxRuns(BenchContext ctx, Path file, long size, int runs) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            return median("tmux", runs, i -> tmux(tmux, file, size, i));
        }
    }

    private double tmux(TmuxDriver tmux, Path file, long size, int index) throws Exception {
        String session = "tp" + (index + 1);
        String done = "done-" + session;
        tmux.newSession(session, "read _; cat '" + file + "'; " + tmux.signalCommand(done) + "; exec sleep 600");
        AtomicLong clientBytes = new AtomicLong();
        try (DirectPty client = tmux.attach(session, (b, off, len) -> clientBytes.addAndGet(len))) {
            long deadline = System.currentTimeMillis() + 10_000;
            while (clientBytes.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            if (clientBytes.get() == 0) {
                throw new IOException("the tmux client drew nothing in 10 s");
            }
            Thread.sleep(100);
            Process waiter = tmux.start("wait-for", done);
            long server = tmux.serverPid();
            double server0 = ProcStatus.cpuSeconds(server);
            double client0 = ProcStatus.cpuSeconds(client.pid());
            long t0 = System.nanoTime();
            client.write(enter());
            if (!waiter.waitFor(WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                waiter.destroyForcibly();
                throw new IOException("tmux pane did not finish cat in " + WAIT_MS + " ms");
            }
            long t1 = System.nanoTime();
            addCpu("tmux server", ProcStatus.cpuSeconds(server) - server0, size);
            addCpu("tmux client", ProcStatus.cpuSeconds(client.pid()) - client0, size);
            return mbps(size, t1 - t0);
        } finally {
            tmux.run("kill-session", "-t", session);
        }
    }

    /** MB/s and MB per CPU second of {@link EngineFeed} in a JVM started with {@code jvmOptions}. */
    private static double[] engineAlone(Path file, List<String> jvmOptions) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), EngineFeed.class.getName(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("EngineFeed failed: " + out);
        }
        String[] f = out.split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
    }

    private static void awaitMarker(MarkerWatch marker, String who) throws Exception {
        if (!marker.await(WAIT_MS)) {
            throw new IOException(who + ": the end marker did not arrive in " + WAIT_MS + " ms (" + marker.bytes()
                    + " bytes received)");
        }
    }

    private static byte[] enter() {
        return "\r".getBytes(StandardCharsets.US_ASCII);
    }
}
