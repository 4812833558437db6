package dev.linger.bench;

import java.util.Arrays;

/** Order statistics of latency samples, in nanoseconds: median and p99 by nearest rank. */
public final class Stats {
    private final long[] sorted;

    private Stats(long[] sorted) {
        this.sorted = sorted;
    }

    public static Stats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    public int count() {
        return sorted.length;
    }

    /** The value at or below which {@code fraction} of the samples lie (nearest rank). */
    public long percentileNanos(double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double medianMs() {
        return percentileNanos(0.5) / 1e6;
    }

    public double p99Ms() {
        return percentileNanos(0.99) / 1e6;
    }

    /** The share of samples above {@code nanos}, in percent. */
    public double percentAbove(long nanos) {
        return 100.0 * Arrays.stream(sorted).filter(v -> v > nanos).count() / sorted.length;
    }

    public double minMs() {
        return sorted[0] / 1e6;
    }

    public double maxMs() {
        return sorted[sorted.length - 1] / 1e6;
    }
}
