package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Emulation speed of a session nobody is attached to, the normal state of a background build or
 * server: generated workloads ({@link VteText}), each printed by {@code cat} in a detached 80x24
 * session with a 10k history, of the Linger agent and of tmux, and the plain text also through a
 * direct PTY reader. A run is timed from the moment the waiting shell is released until its end
 * marker is on the session's screen, as the system's own capture shows it. Per workload: MB/s,
 * the CPU seconds of the agent and of the tmux server per 100 MB, and whether Linger's screen
 * equals tmux's afterwards. The plain text is run attached too, for the CPU figure with a client.
 */
final class VteBench implements Bench {
    private static final long WAIT_MS = 300_000;
    /** Warm-up rounds at most (each runs every workload once on every system). */
    private static final int MAX_WARM_UP = 3;
    /** Compiler CPU a whole warm-up round may take and count as quiet, as in {@link ThroughputBench}. */
    private static final long QUIET_JIT_MS = 200;
    private static final long POLL_MS = 1;

    private final Map<VteWorkload, VteTally> tallies = new EnumMap<>(VteWorkload.class);
    private int fifos;

    @Override
    public String name() {
        return "vte";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        tallies.clear();
        VteOptions options = ctx.vte();
        long plainBytes = options.megabytes() * 1_000_000L;
        Map<VteWorkload, Path> files = new EnumMap<>(VteWorkload.class);
        for (VteWorkload w : options.workloads()) {
            Path f = ctx.workDir().resolve("vte-" + w.name().toLowerCase(Locale.ROOT) + ".txt");
            w.write(f, w.bytes(plainBytes));
            files.put(w, f);
            tallies.put(w, new VteTally(Files.size(f)));
            Log.info("wrote %s: %.1f MB", f.getFileName(), Files.size(f) / 1e6);
        }
        boolean haveTmux = TmuxDriver.version() != null;
        LingerAgent agent = LingerAgent.start(ctx);
        List<VteSystem> systems = new ArrayList<>();
        systems.add(new LingerVte(agent));
        if (haveTmux) {
            systems.add(new TmuxVte(TmuxDriver.start(ctx)));
        }
        long[] pids = new long[systems.size()];
        for (int i = 0; i < pids.length; i++) {
            pids[i] = systems.get(i).serverPid();
        }
        JitWatch jit = new JitWatch(agent.pid(), QUIET_JIT_MS);
        jit.warmUp(n -> round(ctx, systems, pids, files, n, false), 1, 1, ctx.quick() ? 1 : MAX_WARM_UP);
        Interference during = Interference.start(agent.pid());
        int rounds = options.rounds();
        for (int r = 0; r < rounds; r++) {
            Log.info("vte round %d of %d", r + 1, rounds);
            round(ctx, systems, pids, files, r, true);
        }
        String interference = during.note();
        for (VteWorkload w : options.workloads()) {
            addFigures(results, w, haveTmux, rounds, jit.warmUpNote("rounds"), interference);
        }
    }

    /**
     * Every workload once on every system, the order turning each round, then the plain text
     * through the direct PTY; then the plain text once more on each system with a client attached.
     */
    private void round(BenchContext ctx, List<VteSystem> systems, long[] pids, Map<VteWorkload, Path> files,
                       int index, boolean record) throws Exception {
        for (VteWorkload w : files.keySet()) {
            VteTally tally = record ? tallies.get(w) : null;
            List<String> sessions = new ArrayList<>();
            for (int k = 0; k < systems.size(); k++) {
                int i = (k + index) % systems.size();
                sessions.add(runOnce(ctx, systems.get(i), pids[i], files.get(w), false, tally));
            }
            compareAndKill(systems, sessions, index, tally, w);
            if (w == VteWorkload.PLAIN) {
                direct(ctx, files.get(w), tally);
            }
        }
        for (int k = 0; k < systems.size() && files.containsKey(VteWorkload.PLAIN); k++) {
            int i = (k + index) % systems.size();
            String id = runOnce(ctx, systems.get(i), pids[i], files.get(VteWorkload.PLAIN), true,
                    record ? tallies.get(VteWorkload.PLAIN) : null);
            systems.get(i).kill(id);
        }
    }

    /**
     * One {@code cat} of {@code file} in a new session of {@code system}: the shell waits on a
     * FIFO, so the clock starts with a shell already running; after the file it prints the end
     * marker and signals through a second FIFO, and then captures are taken until the marker is on
     * the screen. Returns the session, left running for the screen comparison.
     */
    private String runOnce(BenchContext ctx, VteSystem system, long pid, Path file, boolean attached, VteTally tally)
            throws Exception {
        Fifo start = Fifo.create(ctx.workDir().resolve("start-" + (++fifos)));
        Fifo done = Fifo.create(ctx.workDir().resolve("done-" + fifos));
        String id = system.start(script(start, file, done));
        AutoCloseable client = attached ? system.attach(id) : null;
        try {
            double[] cpu0 = new double[1];
            long[] t0 = new long[1];
            StealClock steal0 = StealClock.read();
            start.release(() -> {
                cpu0[0] = cpuSeconds(pid);
                t0[0] = System.nanoTime();
            }, WAIT_MS);
            done.awaitClosedByWriter(WAIT_MS);
            long shown = awaitMarkerOnScreen(system, id);
            double cpu = cpuSeconds(pid) - cpu0[0];
            if (tally != null) {
                if (attached) {
                    tally.attachedRun(system.name(), cpu);
                } else {
                    tally.run(system.name(), (shown - t0[0]) / 1e9, cpu, steal0, StealClock.read());
                }
            }
        } finally {
            if (client != null) {
                client.close();
            }
            start.delete();
            done.delete();
        }
        return id;
    }

    /** The plain text through pty4j into this JVM, timed to the end marker's arrival. */
    private void direct(BenchContext ctx, Path file, VteTally tally) throws Exception {
        Fifo start = Fifo.create(ctx.workDir().resolve("start-" + (++fifos)));
        Fifo done = Fifo.create(ctx.workDir().resolve("done-" + fifos));
        MarkerWatch marker = new MarkerWatch();
        try (DirectPty pty = DirectPty.spawn(ctx, List.of("sh", "-c", script(start, file, done)), marker::feed)) {
            long[] t0 = new long[1];
            StealClock steal0 = StealClock.read();
            start.release(() -> t0[0] = System.nanoTime(), WAIT_MS);
            if (!marker.await(WAIT_MS)) {
                throw new IOException("direct PTY: the end marker did not arrive in " + WAIT_MS + " ms");
            }
            done.awaitClosedByWriter(WAIT_MS);
            if (tally != null) {
                tally.run(VteTally.DIRECT, (marker.seenAt() - t0[0]) / 1e9, 0, steal0, StealClock.read());
            }
        } finally {
            start.delete();
            done.delete();
        }
    }

    private static String script(Fifo start, Path file, Fifo done) {
        return "read _ < " + start.shellPath() + "; cat '" + file + "'; " + MarkerWatch.PRINT_MARK + "; : > "
                + done.shellPath() + "; exec sleep 600";
    }

    /** Captures until the marker is on the screen; when the system says the screen held it. */
    private static long awaitMarkerOnScreen(VteSystem system, String session) throws Exception {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            List<String> screen = system.screen(session);
            long t1 = System.nanoTime();
            if (screen.stream().anyMatch(line -> line.contains(MarkerWatch.MARK))) {
                return system.shownAt(t0, t1);
            }
            Thread.sleep(POLL_MS);
        }
        throw new IOException(system.name() + ": the end marker was not on the screen " + WAIT_MS + " ms after the "
                + "shell finished");
    }

    /**
     * Compares Linger's screen with tmux's (when both ran), logs the first difference, kills the
     * sessions; {@code sessions.get(k)} belongs to system {@code (k + index) % systems.size()}.
     */
    private static void compareAndKill(List<VteSystem> systems, List<String> sessions, int index, VteTally tally,
                                       VteWorkload w) throws Exception {
        List<String> linger = null;
        List<String> tmux = null;
        for (int k = 0; k < systems.size(); k++) {
            int i = (k + index) % systems.size();
            List<String> screen = systems.get(i).screen(sessions.get(k));
            if (systems.get(i) instanceof LingerVte) {
                linger = screen;
            } else {
                tmux = screen;
            }
            systems.get(i).kill(sessions.get(k));
        }
        if (linger != null && tmux != null) {
            String difference = ScreenCompare.firstDifference(linger, tmux);
            if (difference != null) {
                Log.info("vte %s: Linger's screen differs from tmux's, first at %s", w.label(), difference);
                if (tally != null && tally.firstDifference() == null) {
                    Log.info("Linger's screen:\n%s\ntmux's screen:\n%s", String.join("\n", linger), String.join("\n", tmux));
                }
            }
            if (tally != null) {
                tally.screens(difference);
            }
        }
    }

    private void addFigures(Results results, VteWorkload w, boolean haveTmux, int rounds, String warmUp,
                            String interference) {
        VteTally t = tallies.get(w);
        boolean plain = w == VteWorkload.PLAIN;
        String l = VteTally.LINGER;
        String x = VteTally.TMUX;
        String d = VteTally.DIRECT;
        String steal = t.stealNote();
        String note = String.format(Locale.ROOT, "%.1f MB, detached, 80x24, 10k history; %d round(s) after %s, the "
                + "systems taking turns; ", t.bytes() / 1e6, rounds, warmUp) + t.runsNote()
                + (steal.isEmpty() ? "" : "; " + steal)
                + (haveTmux ? String.format(Locale.ROOT, "; median of the per-round ratios %.2fx", t.medianSpeedRatio(l, x))
                        : "")
                + (t.firstDifference() == null ? "" : "; first screen difference: " + t.firstDifference())
                + (plain ? "; over all measured rounds: " + interference : "");
        results.add(new Figure(name(), "vte " + w.label() + ", detached MB/s", Cell.rate(t.bytes(), t.seconds(l)),
                haveTmux ? Cell.rate(t.bytes(), t.seconds(x)) : Cell.none("no tmux"),
                plain ? Cell.rate(t.bytes(), t.seconds(d)) : Figure.NA,
                haveTmux ? Verdict.atLeast(">= 1.0x tmux", "%.2fx tmux", t.medianSpeedRatio(l, x), 1.0) : null,
                note, haveTmux ? t.screenVerdict() : null));
        if (plain) {
            results.add(new Figure(name(), "vte " + w.label() + ", detached MB/s vs direct PTY",
                    Cell.rate(t.bytes(), t.seconds(l)), Figure.NA, Cell.rate(t.bytes(), t.seconds(d)),
                    Verdict.atLeast(">= 0.7x direct (stretch)", "%.2fx direct", t.medianSpeedRatio(l, d), 0.7),
                    "median of the per-round ratios; the direct PTY is pty4j read by this JVM up to the end marker",
                    null));
        }
        results.add(new Figure(name(), "vte " + w.label() + ", CPU s per 100 MB detached",
                Cell.value(t.cpuPer100Mb(l), 2), haveTmux ? Cell.value(t.cpuPer100Mb(x), 2) : Cell.none("no tmux"),
                Figure.NA, haveTmux ? Verdict.atMost("<= tmux", "%.2fx tmux", t.cpuPer100Mb(l) / t.cpuPer100Mb(x), 1.0)
                        : null,
                "utime+stime from /proc of the agent and of the tmux server over each run, summed over the rounds "
                        + "(10 ms ticks)", null));
        if (plain && t.hasAttached(l)) {
            results.add(new Figure(name(), "vte " + w.label() + ", CPU s per 100 MB attached",
                    Cell.value(t.attachedCpuPer100Mb(l), 2),
                    t.hasAttached(x) ? Cell.value(t.attachedCpuPer100Mb(x), 2) : Cell.none("no tmux"), Figure.NA,
                    t.hasAttached(x) ? Verdict.atMost("<= tmux", "%.2fx tmux",
                            t.attachedCpuPer100Mb(l) / t.attachedCpuPer100Mb(x), 1.0) : null,
                    "the same run with a client attached that reads and discards the output (Linger: an AgentClient "
                            + "that does not parse; tmux: a real tmux client in a PTY); server CPU only", null));
        }
    }

    private static double cpuSeconds(long pid) {
        try {
            return ProcStatus.cpuSeconds(pid);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
