package dev.linger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The agent's garbage collections so far ({@code jstat -gc}): count and seconds of young and full
 * collections. Two readings bracket a measurement, so its note can say how much of it was GC.
 */
final class GcCounters {
    private final long young;
    private final double youngSeconds;
    private final long full;
    private final double fullSeconds;

    private GcCounters(long young, double youngSeconds, long full, double fullSeconds) {
        this.young = young;
        this.youngSeconds = youngSeconds;
        this.full = full;
        this.fullSeconds = fullSeconds;
    }

    /** The counters of JVM {@code pid}, or null if jstat cannot read them. */
    static GcCounters read(long pid) {
        try {
            Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jstat").toString(),
                    "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n");
            if (!p.waitFor(30, TimeUnit.SECONDS) || lines.length < 2) {
                p.destroyForcibly();
                return null;
            }
            List<String> head = Arrays.asList(lines[0].trim().split("\\s+"));
            String[] v = lines[1].trim().split("\\s+");
            return new GcCounters(Long.parseLong(v[head.indexOf("YGC")]), Double.parseDouble(v[head.indexOf("YGCT")]),
                    Long.parseLong(v[head.indexOf("FGC")]), Double.parseDouble(v[head.indexOf("FGCT")]));
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** "agent GC during it: 120 young (0.31 s), 8 full (0.17 s)", or "" when either reading failed. */
    static String during(GcCounters before, GcCounters after) {
        if (before == null || after == null) {
            return "";
        }
        return String.format(Locale.ROOT, "agent GC during it: %d young (%.2f s), %d full (%.2f s)",
                after.young - before.young, after.youngSeconds - before.youngSeconds, after.full - before.full,
                after.fullSeconds - before.fullSeconds);
    }
}
