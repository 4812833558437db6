package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What every benchmark of one run shares: its temp dir, its test files, its cleanup and its options. */
final class BenchContext {
    static final int COLS = 80;
    static final int ROWS = 24;
    static final int SCROLLBACK = 10_000;
    /** Lines of history a "filled" session receives: more than the 10k it keeps. */
    static final int FILL_LINES = 12_000;

    private final Path workDir;
    private final Cleanup cleanup = new Cleanup();
    private final boolean quick;
    private final List<String> agentJvmOptions;
    private final Path diagnoseDir;
    private final VteOptions vte;
    private Path throughputFile;
    private Path fillFile;
    private int homes;

    BenchContext(boolean quick, List<String> agentJvmOptions, Path diagnoseDir, VteOptions vte) throws IOException {
        this.quick = quick;
        this.vte = vte;
        this.agentJvmOptions = List.copyOf(agentJvmOptions);
        this.diagnoseDir = diagnoseDir;
        this.workDir = Files.createTempDirectory("linger-bench-");
        cleanup.add("temp dir " + workDir, () -> deleteTree(workDir));
    }

    Path workDir() {
        return workDir;
    }

    Cleanup cleanup() {
        return cleanup;
    }

    /** Fewer samples and smaller files, for trying the program out; never for published figures. */
    boolean quick() {
        return quick;
    }

    /** Sample counts, cut by 5 in quick mode. */
    int samples(int full) {
        return quick ? Math.max(5, full / 5) : full;
    }

    /** The vte benchmark's size, rounds and workloads. */
    VteOptions vte() {
        return vte;
    }

    List<String> agentJvmOptions() {
        return agentJvmOptions;
    }

    /** Where agent diagnostics go ({@code --diagnose}); null when none are wanted. */
    Path diagnoseDir() {
        return diagnoseDir;
    }

    /** A fresh, private LINGER_HOME. */
    synchronized Path newHome() throws IOException {
        Path dir = workDir.resolve("home" + (++homes));
        Files.createDirectories(dir);
        return dir;
    }

    /** ~32 MB of coloured log lines (8 MB when quick). */
    synchronized Path throughputFile() throws IOException {
        if (throughputFile == null) {
            Path f = workDir.resolve("throughput.txt");
            long lines = ColouredText.writeBytes(f, (quick ? 8L : 32L) << 20);
            Log.info("wrote %s: %.1f MB, %d lines", f.getFileName(), Files.size(f) / 1e6, lines);
            throughputFile = f;
        }
        return throughputFile;
    }

    /** {@link #FILL_LINES} coloured lines: fills a 10k-line scrollback. */
    synchronized Path fillFile() throws IOException {
        if (fillFile == null) {
            Path f = workDir.resolve("fill.txt");
            ColouredText.writeLines(f, FILL_LINES);
            fillFile = f;
        }
        return fillFile;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
