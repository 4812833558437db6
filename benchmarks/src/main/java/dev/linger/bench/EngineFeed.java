package dev.linger.bench;

import dev.linger.term.TerminalEngine;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * The emulator alone: feeds a file to an 80x24 {@link TerminalEngine} with a 10k-line scrollback
 * in 16 KB chunks (the agent's read size), in a JVM of its own, and prints the median MB/s of
 * three runs after one warm-up, and MB per CPU second of the whole process (GC included). Run with the agent's JVM options it shows what the agent's
 * emulation costs before any PTY, socket or client is involved.
 */
public final class EngineFeed {
    private static final int CHUNK = 16 * 1024;

    private EngineFeed() {
    }

    public static void main(String[] args) throws Exception {
        byte[] data = Files.readAllBytes(Paths.get(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double[] mbps = new double[runs];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = 0;
        for (int r = -1; r < runs; r++) {
            if (r == 0) {
                cpu0 = os.getProcessCpuTime();
            }
            TerminalEngine engine = new TerminalEngine(BenchContext.COLS, BenchContext.ROWS, BenchContext.SCROLLBACK);
            long t0 = System.nanoTime();
            for (int off = 0; off < data.length; off += CHUNK) {
                int len = Math.min(CHUNK, data.length - off);
                // The agent feeds a fresh copy of every read.
                engine.feed(Arrays.copyOfRange(data, off, off + len), 0, len);
            }
            long t1 = System.nanoTime();
            if (r >= 0) {
                mbps[r] = data.length / 1e6 / ((t1 - t0) / 1e9);
            }
            if (engine.scrollback().size() != BenchContext.SCROLLBACK) {
                throw new IllegalStateException("scrollback holds " + engine.scrollback().size() + " lines");
            }
        }
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        Arrays.sort(mbps);
        System.out.println(mbps[runs / 2] + " " + (runs * (double) data.length / 1e6 / cpuSeconds));
    }
}
