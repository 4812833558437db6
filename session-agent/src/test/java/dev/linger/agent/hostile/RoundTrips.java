package dev.linger.agent.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The slowest and the number of round trips measured of each kind of request, by name. */
final class RoundTrips {
    private final Map<String, long[]> byKind = new LinkedHashMap<>();

    /** Runs {@code request} and records how long it took, in milliseconds. */
    synchronized <T> T time(String kind, Callable<T> request) throws Exception {
        long start = System.nanoTime();
        T result = request.call();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long[] stats = byKind.computeIfAbsent(kind, k -> new long[2]);
        stats[0] = Math.max(stats[0], ms);
        stats[1]++;
        return result;
    }

    synchronized long max() {
        return byKind.values().stream().mapToLong(s -> s[0]).max().orElse(0);
    }

    synchronized long count(String kind) {
        long[] stats = byKind.get(kind);
        return stats == null ? 0 : stats[1];
    }

    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder();
        byKind.forEach((kind, s) -> sb.append(kind).append(": max ").append(s[0]).append(" ms over ").append(s[1]).append("; "));
        return sb.toString();
    }
}
