package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The machine's CPU time from /proc/stat, to tell how much of a stretch the hypervisor took for
 * other guests ("steal"). On a shared virtual machine a thread that was about to run can wait a
 * millisecond or more for its vCPU; a steal share near 1% can reach a p99 latency by itself, so
 * each figure says what the steal was while it was measured.
 */
final class StealClock {
    /** The start of a sum of stretches: {@code add} to it, then read it with {@code percent(ZERO, sum)}. */
    static final StealClock ZERO = new StealClock(0, 0);

    private final long total;
    private final long steal;

    private StealClock(long total, long steal) {
        this.total = total;
        this.steal = steal;
    }

    /** Now, or null where there is no /proc/stat with a steal column. */
    static StealClock read() {
        try {
            String[] f = Files.readAllLines(Paths.get("/proc/stat")).get(0).trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 9) {
                return null;
            }
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is already inside user.
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new StealClock(total, Long.parseLong(f[8]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code sum} plus the stretch from {@code start} to {@code end}; null once any reading is unknown. */
    static StealClock add(StealClock sum, StealClock start, StealClock end) {
        if (sum == null || start == null || end == null) {
            return null;
        }
        return new StealClock(sum.total + end.total - start.total, sum.steal + end.steal - start.steal);
    }

    /** The share of CPU time the host took between two readings, in percent; NaN when either is unknown. */
    static double percent(StealClock start, StealClock end) {
        if (start == null || end == null || end.total <= start.total) {
            return Double.NaN;
        }
        return 100.0 * (end.steal - start.steal) / (end.total - start.total);
    }

    /** "vCPU steal during it: 0.70% of CPU time", or "" when either end is unknown. */
    static String during(StealClock start, StealClock end) {
        double share = percent(start, end);
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "vCPU steal during it: %.2f%% of CPU time", share);
    }
}
