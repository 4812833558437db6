package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The workloads of the {@code vte} benchmark: what each one is called in the table, how big it is
 * beside the plain-text one (a share of {@code --vte-mb}), and how its file is written. The shares
 * keep each costly workload near a second of tmux's time at the full size, long enough to time and
 * short enough that five rounds of everything fit in a few minutes.
 */
enum VteWorkload {
    PLAIN("plain log text", 1.0, VteText::plain),
    DENSE_CELLS("dense SGR cells", 0.05, VteText::denseCells),
    CURSOR_MOTION("cursor motion", 0.05, VteText::cursorMotion),
    SCROLL_REGION("bottom scroll region", 0.1, VteText::scrollRegion),
    LIGHT_CELLS("light coloured lines", 0.1, ColouredText::writeBytes),
    UNICODE("mixed Unicode", 0.05, VteText::unicode);

    /** Writes at least the given number of bytes of the workload to the file. */
    interface Generator {
        void write(Path file, long minBytes) throws IOException;
    }

    private final String label;
    private final double share;
    private final Generator generator;

    VteWorkload(String label, double share, Generator generator) {
        this.label = label;
        this.share = share;
        this.generator = generator;
    }

    String label() {
        return label;
    }

    /** The workload's size when the plain text is {@code plainBytes}. */
    long bytes(long plainBytes) {
        return Math.round(plainBytes * share);
    }

    void write(Path file, long minBytes) throws IOException {
        generator.write(file, minBytes);
    }
}
