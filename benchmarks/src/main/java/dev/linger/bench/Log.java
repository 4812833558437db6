package dev.linger.bench;

/** Progress on stderr, so stdout holds only the table or the JSON. */
final class Log {
    private static final long START = System.nanoTime();

    private Log() {
    }

    static void info(String format, Object... args) {
        System.err.printf("[%6.1fs] %s%n", (System.nanoTime() - START) / 1e9, String.format(format, args));
    }
}
