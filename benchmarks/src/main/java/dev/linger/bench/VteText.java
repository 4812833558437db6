package dev.linger.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The byte streams of the {@code vte} benchmark's workloads, each stressing one path of a
 * terminal emulator (after the idea of alacritty's vtebench; these generators are our own). Every
 * stream is seeded, so each run writes the same bytes, and none holds '@', which the end marker
 * uses. Each generator writes whole units (a line, a frame) until the file holds at least the
 * asked-for size, then leaves the terminal in a plain state (SGR reset, full scroll region,
 * cursor on the bottom line) so the end marker lands the same way after every workload.
 */
final class VteText {
    private static final String CSI = "\u001b[";
    private static final int COLS = BenchContext.COLS;
    private static final int ROWS = BenchContext.ROWS;
    private static final String TAIL = CSI + "0m" + CSI + "r" + CSI + ROWS + ";1H";
    private static final String[] WORDS = {
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
        "whiskey", "xray", "yankee", "zulu", "0x7f3a", "42", "ok", "=", "->", "{}", "[done]", "(retry)",
    };
    /** Printable ASCII without '@' (the marker's character) and without space. */
    private static final String GLYPHS = "!\"#$%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    /** Combining marks: acute, grave, circumflex, tilde, diaeresis, ring, cedilla, dot below. */
    private static final char[] COMBINING = {'\u0301', '\u0300', '\u0302', '\u0303', '\u0308', '\u030A', '\u0327', '\u0323'};

    /** Appends one unit of a workload to {@code sb}. */
    private interface Unit {
        void append(StringBuilder sb, Random random, long n);
    }

    private VteText() {
    }

    /** Numbered log lines of plain ASCII, 30 to 100 columns: the common case of build and server output. */
    static void plain(Path file, long minBytes) throws IOException {
        write(file, minBytes, "", (sb, r, n) -> {
            sb.append(String.format("%08d ", n));
            int width = 30 + r.nextInt(71);
            appendWords(sb, r, width - 9);
            sb.append('\n');
        });
    }

    /**
     * Full screens of cells that each carry their own SGR: a 256-colour foreground and background
     * and a random mix of bold, italic and underline, reset first, so no cell inherits a style.
     */
    static void denseCells(Path file, long minBytes) throws IOException {
        write(file, minBytes, CSI + "2J" + CSI + "H", (sb, r, n) -> {
            for (int col = 0; col < COLS; col++) {
                sb.append(CSI).append('0');
                if (r.nextBoolean()) {
                    sb.append(";1");
                }
                if (r.nextBoolean()) {
                    sb.append(";3");
                }
                if (r.nextBoolean()) {
                    sb.append(";4");
                }
                sb.append(";38;5;").append(r.nextInt(256)).append(";48;5;").append(r.nextInt(256)).append('m')
                        .append(GLYPHS.charAt(r.nextInt(GLYPHS.length())));
            }
            sb.append(CSI).append("0m\n");
        });
    }

    /**
     * Frames that paint every cell of the screen in a shuffled order, a cursor position (CUP)
     * before each character: what full-screen programs redrawing scattered cells send.
     */
    static void cursorMotion(Path file, long minBytes) throws IOException {
        int[] order = new int[COLS * ROWS];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        write(file, minBytes, CSI + "2J", (sb, r, n) -> {
            for (int i = order.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            char frameGlyph = GLYPHS.charAt((int) (n % GLYPHS.length()));
            for (int cell : order) {
                char c = r.nextInt(4) == 0 ? GLYPHS.charAt(r.nextInt(GLYPHS.length())) : frameGlyph;
                sb.append(CSI).append(cell / COLS + 1).append(';').append(cell % COLS + 1).append('H').append(c);
            }
        });
    }

    /**
     * A fixed screen top and a six-line scroll region at the bottom (DECSTBM) that log lines
     * scroll through, the top line's counter updated every few lines: a progress display under a
     * status area, as package managers and test runners draw.
     */
    static void scrollRegion(Path file, long minBytes) throws IOException {
        int top = ROWS - 5;
        StringBuilder head = new StringBuilder(CSI + "2J" + CSI + "H");
        for (int row = 1; row < top; row++) {
            head.append(CSI).append(row).append(";1H").append("status row ").append(row);
        }
        head.append(CSI).append(top).append(';').append(ROWS).append('r').append(CSI).append(ROWS).append(";1H");
        write(file, minBytes, head.toString(), (sb, r, n) -> {
            if (n % 8 == 0) {
                // Save the cursor, rewrite the top line, come back into the region.
                sb.append("\u001b7").append(CSI).append("1;1H").append(CSI).append("2K")
                        .append(String.format("progress %08d of the scrolled lines", n)).append("\u001b8");
            }
            sb.append(String.format("%07d ", n));
            appendWords(sb, r, 20 + r.nextInt(55));
            sb.append('\n');
        });
    }

    /** Lines mixing CJK ideographs (two columns each), letters with combining marks, and box drawing. */
    static void unicode(Path file, long minBytes) throws IOException {
        write(file, minBytes, "", (sb, r, n) -> {
            int width = 20 + r.nextInt(100);
            int used = 0;
            while (used < width) {
                switch (r.nextInt(3)) {
                    case 0 -> {
                        int run = 1 + r.nextInt(6);
                        for (int i = 0; i < run; i++) {
                            sb.append((char) (0x4E00 + r.nextInt(0x5000)));
                        }
                        used += 2 * run;
                    }
                    case 1 -> {
                        int run = 1 + r.nextInt(8);
                        for (int i = 0; i < run; i++) {
                            sb.append((char) ('a' + r.nextInt(26))).append(COMBINING[r.nextInt(COMBINING.length)]);
                        }
                        used += run;
                    }
                    default -> {
                        int run = 1 + r.nextInt(10);
                        for (int i = 0; i < run; i++) {
                            sb.append((char) (0x2500 + r.nextInt(0x80)));
                        }
                        used += run;
                    }
                }
                sb.append(' ');
                used++;
            }
            sb.append('\n');
        });
    }

    private static void appendWords(StringBuilder sb, Random r, int width) {
        int start = sb.length();
        while (sb.length() - start < width) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        sb.setLength(start + width);
    }

    /** {@code head}, then units until at least {@code minBytes} are written, then {@link #TAIL}. */
    private static void write(Path file, long minBytes, String head, Unit unit) throws IOException {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(head);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long n = 0; written < minBytes; n++) {
                unit.append(sb, random, n);
                if (sb.length() >= 1 << 15) {
                    written += flush(sb, out);
                }
            }
            sb.append(TAIL);
            flush(sb, out);
        }
    }

    private static long flush(StringBuilder sb, OutputStream out) throws IOException {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        sb.setLength(0);
        return bytes.length;
    }
}
