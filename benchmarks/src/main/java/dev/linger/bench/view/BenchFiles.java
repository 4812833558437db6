package dev.linger.bench.view;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The files the throughput figure is measured with: plain text, and text with SGR colours. */
final class BenchFiles {
    private static final String[] WORDS = {
        "terminal", "session", "agent", "linger", "scrollback", "snapshot", "render", "cursor", "socket",
        "frame", "0x7f3a", "ERROR", "warning:", "src/main/java/Foo.java:42", "GET", "/api/v1/items", "200", "OK",
        "12.5ms", "[INFO]", "build", "test", "passed", "=>", "{", "}", "commit", "a1b2c3d",
    };

    private BenchFiles() {
    }

    /** Lines of 20..140 characters of log-like words; with {@code colour}, most words coloured (16, 256 and RGB). */
    static Path create(Path file, long bytes, boolean colour) throws IOException {
        if (Files.exists(file) && Files.size(file) >= bytes) {
            return file;
        }
        Random random = new Random(42);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder line = new StringBuilder(512);
            while (written < bytes) {
                line.setLength(0);
                int target = 20 + random.nextInt(120);
                int visible = 0;
                while (visible < target) {
                    String w = WORDS[random.nextInt(WORDS.length)];
                    if (colour && random.nextInt(3) > 0) {
                        switch (random.nextInt(3)) {
                            case 0 -> line.append("\u001b[").append(30 + random.nextInt(8)).append('m');
                            case 1 -> line.append("\u001b[38;5;").append(random.nextInt(256)).append('m');
                            default -> line.append("\u001b[38;2;").append(random.nextInt(256)).append(';')
                                    .append(random.nextInt(256)).append(';').append(random.nextInt(256)).append('m');
                        }
                        if (random.nextInt(8) == 0) {
                            line.append("\u001b[1m");
                        }
                        line.append(w).append("\u001b[0m ");
                    } else {
                        line.append(w).append(' ');
                    }
                    visible += w.length() + 1;
                }
                line.append('\n');
                byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
        return file;
    }
}
