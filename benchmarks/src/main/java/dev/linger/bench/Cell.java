package dev.linger.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** One system's figure in a row: a single number, a latency distribution, or nothing. */
final class Cell {
    private final Double value;
    private final Stats stats;
    private final String absent;
    private final int decimals;

    private Cell(Double value, Stats stats, String absent, int decimals) {
        this.value = value;
        this.stats = stats;
        this.absent = absent;
        this.decimals = decimals;
    }

    static Cell value(double v, int decimals) {
        return new Cell(v, null, null, decimals);
    }

    /** Median and p99, in milliseconds. */
    static Cell latency(Stats s, int decimals) {
        return new Cell(null, s, null, decimals);
    }

    /** Not measured for this system, and why ("n/a" when there is no counterpart). */
    static Cell none(String why) {
        return new Cell(null, null, why, 0);
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
        }
        return n;
    }

    private String fmt(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
