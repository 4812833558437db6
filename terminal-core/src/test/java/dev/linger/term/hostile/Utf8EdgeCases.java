package dev.linger.term.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Text that stresses the decoder and the cell model: overlong and truncated encodings, encoded
 * surrogates, code points past U+10FFFF, stray continuation bytes, storms of combining marks,
 * double-width characters and emoji sequences, and plain lines far wider than any screen.
 */
final class Utf8EdgeCases {
    private static final byte[][] MALFORMED = {
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xBF, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xC2}, {(byte) 0xC2, (byte) 0x9B}, {(byte) 0xC2, (byte) 0x9D},
    };
    private static final String[] WIDE = {"\u4e2d", "\u6587", "\uff21", "\uac00", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
        "\u2764\ufe0f", "\ud83c\uddfa\ud83c\uddf8", "\u0e01\u0e34", "\u05d0\u05b7", "\u200b", "\u00ad", "\ufeff"};
    private static final String[] COMBINING = {"\u0301", "\u0308", "\u0336", "\u20dd", "\u302a", "\ufe0f", "\u200d"};

    private final SplittableRandom random;

    Utf8EdgeCases(SplittableRandom random) {
        this.random = random;
    }

    /** One piece of edge-case text, appended to {@code out}. */
    void append(ByteArrayOutputStream out) {
        switch (random.nextInt(6)) {
            case 0 -> out.writeBytes(MALFORMED[random.nextInt(MALFORMED.length)]);
            case 1 -> {
                StringBuilder storm = new StringBuilder(random.nextBoolean() ? "a" : "\u4e2d");
                int marks = 1 + random.nextInt(random.nextInt(8) == 0 ? 5000 : 40);
                for (int i = 0; i < marks; i++) {
                    storm.append(COMBINING[random.nextInt(COMBINING.length)]);
                }
                utf8(out, storm);
            }
            case 2 -> utf8(out, WIDE[random.nextInt(WIDE.length)]);
            case 3 -> {
                // A wide character at and past the right margin, so it must wrap or be cut.
                utf8(out, "\u001b[1;" + (70 + random.nextInt(200)) + "H" + WIDE[random.nextInt(5)] + WIDE[random.nextInt(5)]);
            }
            case 4 -> {
                int width = random.nextInt(10) == 0 ? 20_000 + random.nextInt(50_000) : 1 + random.nextInt(300);
                byte[] line = new byte[width];
                for (int i = 0; i < width; i++) {
                    line[i] = (byte) (0x21 + random.nextInt(94));
                }
                out.writeBytes(line);
            }
            default -> {
                byte[] controls = new byte[1 + random.nextInt(64)];
                byte[] kinds = {0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0x18, 0x1A, 0x7F};
                for (int i = 0; i < controls.length; i++) {
                    controls[i] = kinds[random.nextInt(kinds.length)];
                }
                out.writeBytes(controls);
            }
        }
    }

    private static void utf8(ByteArrayOutputStream out, CharSequence text) {
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
