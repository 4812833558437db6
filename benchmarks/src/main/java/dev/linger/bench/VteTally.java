package dev.linger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the measured rounds of one {@code vte} workload gave: each system's seconds per run, its
 * server's CPU seconds, the steal over those runs, and whether Linger's screen matched tmux's.
 */
final class VteTally {
    static final String LINGER = "Linger";
    static final String TMUX = "tmux";
    static final String DIRECT = "direct";

    private final long bytes;
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();
    private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();
    private final Map<String, Double> attachedCpuSeconds = new LinkedHashMap<>();
    private final Map<String, Integer> attachedRuns = new LinkedHashMap<>();
    private StealClock steal = StealClock.ZERO;
    private int screensCompared;
    private int screensDiffering;
    private String firstDifference;

    VteTally(long bytes) {
        this.bytes = bytes;
    }

    long bytes() {
        return bytes;
    }

    void run(String system, double runSeconds, double serverCpuSeconds, StealClock start, StealClock end) {
        seconds.computeIfAbsent(system, k -> new ArrayList<>()).add(runSeconds);
        cpuSeconds.merge(system, serverCpuSeconds, Double::sum);
        steal = StealClock.add(steal, start, end);
    }

    void attachedRun(String system, double serverCpuSeconds) {
        attachedCpuSeconds.merge(system, serverCpuSeconds, Double::sum);
        attachedRuns.merge(system, 1, Integer::sum);
    }

    void screens(String difference) {
        screensCompared++;
        if (difference != null) {
            screensDiffering++;
            if (firstDifference == null) {
                firstDifference = difference;
            }
        }
    }

    boolean has(String system) {
        return seconds.containsKey(system);
    }

    List<Double> seconds(String system) {
        return seconds.get(system);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The median over rounds of {@code a}'s speed over {@code b}'s (b's seconds / a's seconds of the same round). */
    double medianSpeedRatio(String a, String b) {
        List<Double> ratios = new ArrayList<>();
        List<Double> sa = seconds.get(a);
        List<Double> sb = seconds.get(b);
        for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
            ratios.add(sb.get(i) / sa.get(i));
        }
        return median(ratios);
    }

    /** Detached CPU seconds of the system's server per 100 MB of workload. */
    double cpuPer100Mb(String system) {
        return cpuSeconds.get(system) / (bytes * (double) seconds.get(system).size() / 1e8);
    }

    boolean hasAttached(String system) {
        return attachedRuns.containsKey(system);
    }

    double attachedCpuPer100Mb(String system) {
        return attachedCpuSeconds.get(system) / (bytes * (double) attachedRuns.get(system) / 1e8);
    }

    /** The screen column: "equal", or "differs" with how often. */
    String screenVerdict() {
        if (screensCompared == 0) {
            return "not compared";
        }
        return screensDiffering == 0 ? "equal" : "differs " + screensDiffering + "/" + screensCompared;
    }

    String firstDifference() {
        return firstDifference;
    }

    /** "vCPU steal during it: 0.70% of CPU time", or "" when /proc/stat could not tell. */
    String stealNote() {
        return steal == null ? "" : StealClock.during(StealClock.ZERO, steal);
    }

    /** "Linger 3.21 s (3.10-3.40); tmux ...; each run, s: Linger 3.10/3.21/3.40; ...". */
    String runsNote() {
        StringBuilder medians = new StringBuilder();
        StringBuilder each = new StringBuilder("each run, s:");
        seconds.forEach((system, s) -> {
            medians.append(medians.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %.3f s (%.3f-%.3f)",
                    system, median(s), s.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    s.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
            each.append(' ').append(system).append(' ');
            for (int i = 0; i < s.size(); i++) {
                each.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f", s.get(i)));
            }
            each.append(';');
        });
        each.setLength(each.length() - 1);
        return "median seconds (min-max): " + medians + "; " + each;
    }
}
