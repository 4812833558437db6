package dev.linger.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Realistic terminal output for the benchmarks: log-like lines of 60–100 visible characters
 * with SGR colours (timestamps dimmed, levels and names coloured, some bold), the same every run.
 */
final class ColouredText {
    private static final String ESC = "\u001b[";
    private static final String[] LEVELS = {"INFO ", "DEBUG", "WARN ", "ERROR", "TRACE"};
    private static final int[] LEVEL_COLOURS = {32, 34, 33, 31, 35};
    private static final String[] WORDS = {
        "request", "session", "handled", "client", "billing", "invoice", "cache", "miss", "hit", "queue",
        "worker", "retry", "timeout", "connected", "user", "order", "payment", "shipment", "latency",
        "database", "commit", "rollback", "index", "scan", "bytes", "records", "batch", "flushed", "opened",
    };
    private static final String[] CLASSES = {
        "c.e.billing.InvoiceService", "c.e.http.RequestRouter", "c.e.db.ConnectionPool",
        "c.e.cache.LruCache", "c.e.jobs.Scheduler", "c.e.auth.TokenVerifier",
    };

    private ColouredText() {
    }

    /** Writes lines until the file holds at least {@code minBytes}; returns the line count. */
    static long writeBytes(Path file, long minBytes) throws IOException {
        return write(file, Long.MAX_VALUE, minBytes);
    }

    /** Writes exactly {@code lines} lines. */
    static void writeLines(Path file, long lines) throws IOException {
        write(file, lines, Long.MAX_VALUE);
    }

    private static long write(Path file, long maxLines, long minBytes) throws IOException {
        Random random = new Random(42);
        long written = 0;
        long lines = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            while (lines < maxLines && written < minBytes) {
                byte[] line = line(random, lines).getBytes(StandardCharsets.UTF_8);
                out.write(line);
                written += line.length;
                lines++;
            }
        }
        return lines;
    }

    static String line(Random random, long n) {
        StringBuilder sb = new StringBuilder(160);
        int level = random.nextInt(10) < 6 ? 0 : random.nextInt(LEVELS.length);
        sb.append(ESC).append("2m").append(String.format("%02d:%02d:%02d.%03d", (n / 3600000) % 24, (n / 60000) % 60,
                (n / 1000) % 60, n % 1000)).append(ESC).append("0m ");
        sb.append(ESC).append(LEVEL_COLOURS[level]).append('m').append(LEVELS[level]).append(ESC).append("0m ");
        sb.append('[').append(ESC).append("36m").append("worker-").append(random.nextInt(16)).append(ESC).append("0m] ");
        sb.append(ESC).append("1m").append(CLASSES[random.nextInt(CLASSES.length)]).append(ESC).append("0m - ");
        int visibleTarget = 60 + random.nextInt(41);
        int visible = 13 + 6 + 11 + 28 + 3;
        while (visible < visibleTarget) {
            String w = random.nextInt(6) == 0 ? Integer.toString(random.nextInt(100000)) : WORDS[random.nextInt(WORDS.length)];
            if (visible + w.length() + 1 > 100) {
                break;
            }
            if (random.nextInt(8) == 0) {
                sb.append(ESC).append("38;5;").append(16 + random.nextInt(216)).append('m').append(w).append(ESC).append("39m ");
            } else {
                sb.append(w).append(' ');
            }
            visible += w.length() + 1;
        }
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }
}
