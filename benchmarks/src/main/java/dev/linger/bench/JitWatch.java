package dev.linger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * The JIT compilers of the agent and of this JVM. Measured here: after 300 attach rounds both
 * JVMs' compiler threads were still busy, a C2 compilation takes a core for milliseconds, and on
 * two cores that shows up as the p99 of whatever is measured meanwhile. So benchmarks warm up
 * until both compilers have gone quiet, and say how long that took.
 */
final class JitWatch {
    /** Compiler CPU (ms) allowed in a check group of short rounds for the JIT to count as quiet: one tick of /proc. */
    static final long ONE_TICK_MS = 10;

    private final long agentPid;
    private final long quietMs;
    private long agentMs;
    private long ownMs;
    private boolean quiet;
    private int rounds;
    private int every;

    /** {@code quietMs}: compiler CPU, in each JVM, that a check group may take and still count as quiet. */
    JitWatch(long agentPid, long quietMs) {
        this.agentPid = agentPid;
        this.quietMs = quietMs;
        this.agentMs = agentCompilerMs();
        this.ownMs = ownCompilerMs();
    }

    /** True if neither JVM's compilers used more than the quiet allowance since the last call (or since creation). */
    boolean quietSinceLastCheck() {
        long a = agentCompilerMs();
        long o = ownCompilerMs();
        quiet = a - agentMs <= quietMs && o - ownMs <= quietMs;
        agentMs = a;
        ownMs = o;
        return quiet;
    }

    /**
     * Runs warm-up rounds: at least {@code min}, then in groups of {@code every} until a group
     * passes with both compilers quiet, at most {@code max} in all. Returns the rounds run.
     */
    int warmUp(Round round, int min, int every, int max) throws Exception {
        int n = 0;
        quiet = false;
        this.every = every;
        while (n < min) {
            round.run(n++);
        }
        quietSinceLastCheck();
        while (n < max) {
            for (int i = 0; i < every && n < max; i++) {
                round.run(n++);
            }
            if (quietSinceLastCheck()) {
                break;
            }
        }
        rounds = n;
        return n;
    }

    /** For a benchmark's note: how the last warm-up ended. */
    String warmUpNote(String unit) {
        return rounds + " warm-up " + unit + (quiet
                ? " (run until both JVMs' JIT compilers stayed " + (quietMs <= ONE_TICK_MS ? "idle" : "under " + quietMs + " ms")
                        + " through " + every + " of them)"
                : " (the most allowed: a JIT compiler was still at work)");
    }

    interface Round {
        void run(int index) throws Exception;
    }

    /** CPU milliseconds of the agent's C1/C2 compiler threads; 0 where /proc cannot tell. */
    private long agentCompilerMs() {
        try {
            return Math.round(ProcStatus.threadCpuSeconds(agentPid, "C1 Compi", "C2 Compi") * 1000);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ownCompilerMs() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
