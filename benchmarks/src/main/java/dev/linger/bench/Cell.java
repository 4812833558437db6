package dev.linger.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** One system's figure in a row: a single number, a latency distribution, a rate over timed runs, or nothing. */
final class Cell {
    private final Double value;
    private final Stats stats;
    private final String absent;
    private final int decimals;
    /** For a rate: each run's seconds, sorted. */
    private final double[] runSeconds;

    private Cell(Double value, Stats stats, String absent, int decimals, double[] runSeconds) {
        this.value = value;
        this.stats = stats;
        this.absent = absent;
        this.decimals = decimals;
        this.runSeconds = runSeconds;
    }

    static Cell value(double v, int decimals) {
        return new Cell(v, null, null, decimals, null);
    }

    /** Median and p99, in milliseconds. */
    static Cell latency(Stats s, int decimals) {
        return new Cell(null, s, null, decimals, null);
    }

    /** MB/s at the median of runs that each moved {@code bytes}, shown with that median time. */
    static Cell rate(long bytes, java.util.List<Double> seconds) {
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Cell(bytes / 1e6 / VteTally.median(seconds), null, null, 1, s);
    }

    /** Not measured for this system, and why ("n/a" when there is no counterpart). */
    static Cell none(String why) {
        return new Cell(null, null, why, 0, null);
    }

    boolean present() {
        return absent == null;
    }

    Stats stats() {
        return stats;
    }

    String text() {
        if (absent != null) {
            return absent;
        }
        if (stats != null) {
            return "med " + fmt(stats.medianMs()) + " / p99 " + fmt(stats.p99Ms());
        }
        if (runSeconds != null) {
            return fmt(value) + " MB/s, " + String.format(Locale.ROOT, "%.3f s", medianSeconds());
        }
        return fmt(value);
    }

    ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (absent != null) {
            n.putNull("value");
            n.put("absent", absent);
        } else if (stats != null) {
            n.put("median", stats.medianMs());
            n.put("p99", stats.p99Ms());
            n.put("min", stats.minMs());
            n.put("max", stats.maxMs());
            n.put("samples", stats.count());
        } else {
            n.put("value", value);
            if (runSeconds != null) {
                n.put("medianSeconds", medianSeconds());
                n.put("minSeconds", runSeconds[0]);
                n.put("maxSeconds", runSeconds[runSeconds.length - 1]);
                n.put("samples", runSeconds.length);
            }
        }
        return n;
    }

    private double medianSeconds() {
        return VteTally.median(java.util.Arrays.stream(runSeconds).boxed().toList());
    }

    private String fmt(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
