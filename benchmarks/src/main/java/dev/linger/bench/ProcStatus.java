package dev.linger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** What /proc says of a process: resident memory, CPU time; and of the machine: its load. */
final class ProcStatus {
    /** USER_HZ: the unit of /proc/PID/stat times on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcStatus() {
    }

    static long rssBytes(long pid) throws IOException {
        return statusField(pid, "VmRSS:") * 1024;
    }

    static long threads(long pid) throws IOException {
        return statusField(pid, "Threads:");
    }

    private static long statusField(long pid, String name) throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(name)) {
                String[] f = line.substring(name.length()).trim().split("\\s+");
                return Long.parseLong(f[0]);
            }
        }
        throw new IOException("no " + name + " for pid " + pid);
    }

    /** Resident bytes of the process's mappings that lie within [start, end). */
    static long rssInRange(long pid, long start, long end) throws IOException {
        long total = 0;
        boolean inside = false;
        for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid), "smaps"))) {
            int dash = line.indexOf('-');
            int space = line.indexOf(' ');
            if (dash > 0 && space > dash && line.substring(0, dash).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                long from = Long.parseUnsignedLong(line.substring(0, dash), 16);
                long to = Long.parseUnsignedLong(line.substring(dash + 1, space), 16);
                inside = from >= start && to <= end;
            } else if (inside && line.startsWith("Rss:")) {
                total += Long.parseLong(line.substring(4).trim().split("\\s+")[0]) * 1024;
            }
        }
        return total;
    }

    /** User plus system CPU seconds the process has used (its threads, not its children). */
    static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Paths.get("/proc", Long.toString(pid), "stat"));
    }

    /**
     * CPU seconds of the process's threads whose names start with {@code prefix} (the JVM's
     * "C2 CompilerThre", say); threads that end while they are read count nothing.
     */
    static double threadCpuSeconds(long pid, String... prefixes) throws IOException {
        double total = 0;
        try (Stream<Path> tasks = Files.list(Paths.get("/proc", Long.toString(pid), "task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm"), StandardCharsets.US_ASCII);
                    for (String prefix : prefixes) {
                        if (name.startsWith(prefix)) {
                            total += cpuSeconds(t.resolve("stat"));
                            break;
                        }
                    }
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return total;
    }

    private static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile, StandardCharsets.US_ASCII);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command.
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    /** The 1-minute load average, or -1 where /proc has none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
