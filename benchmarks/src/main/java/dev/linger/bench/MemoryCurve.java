package dev.linger.bench;

/**
 * Memory measured at checkpoints while sessions are added (0, n/4, n/2, 3n/4, n), and the
 * least-squares slope of each quantity per session: one noisy checkpoint (a heap resized after
 * a GC, a JIT arena) moves the slope far less than it would move a plain before/after difference.
 */
final class MemoryCurve {
    interface Adder {
        void add(int index) throws Exception;
    }

    interface Meter {
        /** The quantities measured at a checkpoint, e.g. {rss, live heap, threads}. */
        long[] measure() throws Exception;
    }

    static final int STEPS = 4;

    private final int[] counts = new int[STEPS + 1];
    private final long[][] values = new long[STEPS + 1][];

    private MemoryCurve() {
    }

    static MemoryCurve run(int n, Adder adder, Meter meter) throws Exception {
        MemoryCurve c = new MemoryCurve();
        int added = 0;
        for (int step = 0; step <= STEPS; step++) {
            int target = n * step / STEPS;
            while (added < target) {
                adder.add(added++);
            }
            c.counts[step] = added;
            c.values[step] = meter.measure();
        }
        return c;
    }

    /** Least-squares slope of quantity {@code q} per session. */
    double slope(int q) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i <= STEPS; i++) {
            mx += counts[i];
            my += values[i][q];
        }
        mx /= STEPS + 1;
        my /= STEPS + 1;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i <= STEPS; i++) {
            sxy += (counts[i] - mx) * (values[i][q] - my);
            sxx += (counts[i] - mx) * (counts[i] - mx);
        }
        return sxy / sxx;
    }

    /** (last - first) / sessions, for comparison with the slope. */
    double plainDelta(int q) {
        return (values[STEPS][q] - values[0][q]) / (double) counts[STEPS];
    }

    /** The checkpoints of quantity {@code q}, divided by {@code unit}: "81.7/89.9/... at 0/25/..." */
    String points(int q, double unit) {
        StringBuilder v = new StringBuilder();
        StringBuilder n = new StringBuilder();
        for (int i = 0; i <= STEPS; i++) {
            v.append(i == 0 ? "" : "/").append(String.format(java.util.Locale.ROOT, "%.1f", values[i][q] / unit));
            n.append(i == 0 ? "" : "/").append(counts[i]);
        }
        return v + " at " + n;
    }
}
