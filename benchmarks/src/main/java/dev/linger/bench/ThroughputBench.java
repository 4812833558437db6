package dev.linger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Output throughput: {@code cat FILE} (~32 MB of coloured lines) in a session with an attached
 * client, timed from the Enter that starts it to the moment the end marker reaches the client
 * (Linger, direct PTY) or the pane's command ends (tmux, through {@code wait-for}). One warm-up
 * round, then three rounds in which each system runs once in turn; the median per system.
 */
final class ThroughputBench implements Bench {
    private static final long WAIT_MS = 180_000;
    /**
     * Warm-up rounds at most. Measured: after one round the agent's compiler threads still used
     * 0.75 s of CPU in the next, on two cores enough to take a third off that round's figure.
     */
    private static final int MAX_WARM_UP = 4;
    /** Compiler CPU a whole round (~100 MB through the agent) may take and count as quiet: measured, the first round took 2.5 s, the second 0.5 s, later ones 0.14-0.15 s. */
    private static final long QUIET_JIT_MS = 200;
    private static final String DIRECT = "direct";
    private static final String TMUX = "tmux";
    private static final String RAW = "Linger raw";
    private static final String EMULATING = "Linger emulating";

    /** MB/s of each measured run, by system. */
    private final Map<String, List<Double>> runs = new LinkedHashMap<>();
    /** CPU seconds and bytes by process, over the measured runs: insensitive to a busy machine. */
    private final Map<String, double[]> cpu = new LinkedHashMap<>();
    private final int[] resyncs = new int[2];

    private interface Run {
        void once(boolean record) throws Exception;
    }

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        runs.clear();
        cpu.clear();
        Arrays.fill(resyncs, 0);
        Path file = ctx.throughputFile();
        long size = Files.size(file);
        int rounds = ctx.quick() ? 1 : 3;
        String payload = "cat '" + file + "'; " + MarkerWatch.PRINT_MARK + "; exec sleep 600";
        boolean haveTmux = TmuxDriver.version() != null;
        TmuxDriver tmux = haveTmux ? TmuxDriver.start(ctx) : null;
        LingerAgent agent = LingerAgent.start(ctx);
        List<Run> systems = new ArrayList<>();
        systems.add(record -> direct(ctx, payload, size, record));
        if (haveTmux) {
            int[] n = {0};
            systems.add(record -> tmux(tmux, file, size, n[0]++, record));
        }
        systems.add(record -> linger(agent, payload, size, false, record));
        systems.add(record -> linger(agent, payload, size, true, record));
        JitWatch jit = new JitWatch(agent.pid(), QUIET_JIT_MS);
        jit.warmUp(n -> {
            for (Run s : systems) {
                s.once(false);
            }
        }, 1, 1, ctx.quick() ? 1 : MAX_WARM_UP);
        Interference during = Interference.start(agent.pid());
        for (int round = 0; round < rounds; round++) {
            for (Run s : systems) {
                s.once(true);
            }
        }
        String interference = during.note();
        agent.close();
        if (tmux != null) {
            tmux.close();
        }

        double linger = median(RAW);
        double t = haveTmux ? median(TMUX) : Double.NaN;
        String note = String.format(Locale.ROOT, "%.1f MB file, %d-line scrollback, 80x24; median of %d rounds after %s, "
                + "the systems taking turns; Linger's client counts bytes without parsing, like tmux's client",
                size / 1e6, BenchContext.SCROLLBACK, rounds, jit.warmUpNote("rounds"))
                + (resyncs[0] > 0 ? "; the raw client fell behind " + resyncs[0] + " time(s) and was resynced" : "")
                + "; each run, MB/s: " + runsNote() + "; " + cpuNote()
                + "; over the measured rounds: " + interference;
        results.add(new Figure(name(), "throughput, MB/s (raw client)", Cell.value(linger, 1),
                haveTmux ? Cell.value(t, 1) : Cell.none("no tmux"), Cell.value(median(DIRECT), 1),
                haveTmux ? Verdict.atLeast(">= 1.5x tmux", "%.2fx tmux", linger / t, 1.5) : null, note));
        results.add(new Figure(name(), "throughput, MB/s (client emulates)", Cell.value(median(EMULATING), 1),
                Figure.NA, Figure.NA, null, "the client parses everything into a MirrorTerminal with a 10k-line "
                        + "scrollback, as the app does" + (resyncs[1] > 0 ? "; it fell behind " + resyncs[1]
                        + " time(s): its queued output was dropped and a snapshot sent instead" : "; it never fell behind")));
        double[] engineAgentFlags = engineAlone(file, AgentSpawner.launcherJvmOptions());
        double[] engineDefault = engineAlone(file, List.of());
        results.add(new Figure(name(), "throughput, MB/s (terminal-core alone)", Cell.value(engineAgentFlags[0], 1),
                Figure.NA, Figure.NA, null, String.format(Locale.ROOT, "the file fed to a TerminalEngine(80x24, 10k) "
                        + "in a JVM of its own with the agent's JVM options, no PTY or socket: %.1f MB/s, %.1f MB per CPU "
                        + "second (GC included); with the JVM's default options instead: %.1f MB/s, %.1f MB per CPU second",
                        engineAgentFlags[0], engineAgentFlags[1], engineDefault[0], engineDefault[1])));
    }

    private void record(String system, long bytes, long nanos) {
        runs.computeIfAbsent(system, k -> new ArrayList<>()).add(bytes / 1e6 / (nanos / 1e9));
    }

    private void addCpu(String process, double seconds, long bytes) {
        double[] c = cpu.computeIfAbsent(process, k -> new double[2]);
        c[0] += seconds;
        c[1] += bytes;
    }

    private double median(String system) {
        double[] r = runs.get(system).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return r[r.length / 2];
    }

    private String runsNote() {
        StringBuilder sb = new StringBuilder();
        runs.forEach((system, r) -> {
            sb.append(sb.length() == 0 ? "" : "; ").append(system).append(' ');
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f", r.get(i)));
            }
        });
        return sb.toString();
    }

    private String cpuNote() {
        StringBuilder sb = new StringBuilder("CPU seconds per 100 MB:");
        cpu.forEach((who, c) -> sb.append(String.format(Locale.ROOT, " %s %.2f;", who, c[0] / (c[1] / 1e8))));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private void direct(BenchContext ctx, String payload, long size, boolean record) throws Exception {
        MarkerWatch marker = new MarkerWatch();
        MarkerWatch gate = new MarkerWatch(MarkerWatch.GATE);
        try (DirectPty pty = DirectPty.spawn(ctx, List.of("sh", "-c", MarkerWatch.gated(payload)), (b, off, len) -> {
            gate.feed(b, off, len);
            marker.feed(b, off, len);
        })) {
            awaitGate(gate, "direct PTY");
            long t0 = System.nanoTime();
            pty.write(enter());
            awaitMarker(marker, "direct PTY");
            if (record) {
                record(DIRECT, size, marker.seenAt() - t0);
            }
        }
    }

    private void linger(LingerAgent agent, String payload, long size, boolean emulate, boolean record) throws Exception {
        String id = agent.createGated(payload);
        StreamWatch raw = new StreamWatch();
        MirrorWatch mirror = new MirrorWatch();
        MarkerWatch marker = emulate ? mirror.marker() : raw.marker();
        int ch = agent.attach(id, emulate ? mirror : raw);
        double cpu0 = ProcStatus.cpuSeconds(agent.pid());
        long t0 = System.nanoTime();
        agent.pressEnter(ch);
        awaitMarker(marker, "Linger");
        if (record) {
            record(emulate ? EMULATING : RAW, size, marker.seenAt() - t0);
            addCpu(emulate ? "agent (emulating client)" : "agent", ProcStatus.cpuSeconds(agent.pid()) - cpu0, size);
            resyncs[emulate ? 1 : 0] += emulate ? mirror.resyncs() : raw.resyncs();
        }
        agent.client().detach(ch);
        agent.kill(id);
    }

    private void tmux(TmuxDriver tmux, Path file, long size, int index, boolean record) throws Exception {
        String session = "tp" + index;
        String done = "done-" + session;
        tmux.newSession(session, MarkerWatch.gated("cat '" + file + "'; " + tmux.signalCommand(done) + "; exec sleep 600"));
        // The client has drawn the gate: it is attached, and the shell waits for the Enter.
        MarkerWatch gate = new MarkerWatch(MarkerWatch.GATE);
        try (DirectPty client = tmux.attach(session, gate::feed)) {
            awaitGate(gate, "tmux");
            Process waiter = tmux.start("wait-for", done);
            long server = tmux.serverPid();
            double server0 = ProcStatus.cpuSeconds(server);
            double client0 = ProcStatus.cpuSeconds(client.pid());
            long t0 = System.nanoTime();
            client.write(enter());
            if (!waiter.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)) {
                waiter.destroyForcibly();
                throw new IOException("tmux pane did not finish cat in " + WAIT_MS + " ms");
            }
            long t1 = System.nanoTime();
            if (record) {
                record(TMUX, size, t1 - t0);
                addCpu("tmux server", ProcStatus.cpuSeconds(server) - server0, size);
                addCpu("tmux client", ProcStatus.cpuSeconds(client.pid()) - client0, size);
            }
        } finally {
            tmux.run("kill-session", "-t", session);
        }
    }

    /** MB/s and MB per CPU second of {@link EngineFeed} in a JVM started with {@code jvmOptions}. */
    private static double[] engineAlone(Path file, List<String> jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), EngineFeed.class.getName(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(WAIT_MS, TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("EngineFeed failed: " + out);
        }
        String[] f = out.split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
    }

    private static void awaitGate(MarkerWatch gate, String who) throws Exception {
        if (!gate.await(WAIT_MS)) {
            throw new IOException(who + ": the shell never showed its gate (" + gate.bytes() + " bytes received)");
        }
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
