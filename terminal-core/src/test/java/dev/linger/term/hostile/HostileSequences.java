package dev.linger.term.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Escape sequences of every kind with hostile contents: a CSI with every final byte, every
 * private marker and intermediate, and {@link HostileParameters}; ESC with every final and the
 * charset designators; OSC, DCS, APC, PM and SOS strings that are huge, unterminated or ended
 * by the wrong terminator; 8-bit C1 introducers; the sequences known to be costly (scroll
 * regions, insert and delete of characters and lines, repeat, rectangles, resizes, the
 * alternate screen, resets), weighted up so that they meet each other often.
 */
final class HostileSequences {
    private static final String ESC = "\u001b";
    private static final String[] PRIVATE = {"", "", "", "?", ">", "<", "=", "?>"};
    private static final String[] INTERMEDIATE = {"", "", "", "", " ", "!", "\"", "$", "'", "*", "#", "+"};
    /** Finals that insert, delete, scroll, repeat or move: what allocates or loops in a careless emulator. */
    private static final String COSTLY_FINALS = "@PLMXSTbrHfdGEFABCDJKZI`aeg";
    private static final String[] CHARSET_SHIFTS = {
        "\u000e", "\u000f", ESC + "(0", ESC + ")0", ESC + "*0", ESC + "+0", ESC + "(B", ESC + ")B", ESC + "(A", ESC + "(%5",
        ESC + "n", ESC + "o", ESC + "|", ESC + "}", ESC + "~", ESC + "N", ESC + "O", ESC + "%G", ESC + "%@", ESC + " F", ESC + " G",
    };
    private static final String[] RESETS = {ESC + "c", ESC + "[!p", ESC + "[?3h", ESC + "[?3l", ESC + "#8", ESC + "[?1049h",
        ESC + "[?1049l", ESC + "[?47h", ESC + "[?1047h", ESC + "[?6h", ESC + "[?7l", ESC + "[?69h", ESC + "[?2026h", ESC + "7", ESC + "8"};
    /** Queries whose answers must never echo attacker-chosen text (see the agent's reply tests). */
    private static final String[] QUERIES = {ESC + "[21t", ESC + "]52;c;?\u0007", ESC + "P$qm" + ESC + "\\",
        ESC + "P$q\"p" + ESC + "\\", ESC + "P+q544e" + ESC + "\\", ESC + "]10;?\u0007", ESC + "[6n", ESC + "[c", ESC + "[>c"};
    private static final String[] STRING_INTRODUCERS = {ESC + "]", ESC + "P", ESC + "_", ESC + "^", ESC + "X",
        "\u009d", "\u0090"};
    private static final String[] STRING_TERMINATORS = {"\u0007", ESC + "\\", "\u009c", "", "", ESC, "\u0018"};
    private static final String[] OSC_KINDS = {"0;", "1;", "2;", "4;1;", "4;300;?", "7;file://", "8;;", "8;id=x;", "10;",
        "11;", "12;", "52;c;", "52;p;", "52;;", "104;", "133;A", "777;notify;", "1337;File=", "99999999999;", "-1;", ""};

    private final SplittableRandom random;
    private final HostileParameters params;

    HostileSequences(SplittableRandom random) {
        this.random = random;
        this.params = new HostileParameters(random);
    }

    /** One hostile sequence, appended to {@code out}. */
    void append(ByteArrayOutputStream out) {
        int kind = random.nextInt(20);
        if (kind < 6) {
            csi(out, (char) (0x40 + random.nextInt(0x3F)));
        } else if (kind < 10) {
            csi(out, COSTLY_FINALS.charAt(random.nextInt(COSTLY_FINALS.length())));
        } else if (kind < 12) {
            text(out, ESC + (char) (0x30 + random.nextInt(0x4F)));
        } else if (kind < 13) {
            text(out, CHARSET_SHIFTS[random.nextInt(CHARSET_SHIFTS.length)]);
        } else if (kind < 14) {
            text(out, RESETS[random.nextInt(RESETS.length)]);
        } else if (kind < 15) {
            text(out, QUERIES[random.nextInt(QUERIES.length)]);
        } else if (kind < 17) {
            controlString(out);
        } else if (kind < 18) {
            // The 8-bit CSI (U+009B, as UTF-8 and as a raw byte), then a costly body.
            out.writeBytes(random.nextBoolean() ? new byte[] {(byte) 0xC2, (byte) 0x9B} : new byte[] {(byte) 0x9B});
            text(out, params.list() + COSTLY_FINALS.charAt(random.nextInt(COSTLY_FINALS.length())));
        } else if (kind < 19) {
            scrollRegionWork(out);
        } else {
            // An introducer cut short by another one, or by the end of the piece.
            text(out, ESC + "[" + params.one() + (random.nextBoolean() ? ESC : ""));
        }
    }

    private void csi(ByteArrayOutputStream out, char finalByte) {
        text(out, ESC + "[" + PRIVATE[random.nextInt(PRIVATE.length)] + params.list()
                + INTERMEDIATE[random.nextInt(INTERMEDIATE.length)] + finalByte);
    }

    /** A scroll region, then inserts, deletes and scrolls inside and outside it. */
    private void scrollRegionWork(ByteArrayOutputStream out) {
        StringBuilder sb = new StringBuilder(ESC + "[" + params.one() + ";" + params.one() + "r");
        if (random.nextBoolean()) {
            sb.append(ESC).append("[?6h");
        }
        int ops = 1 + random.nextInt(12);
        for (int i = 0; i < ops; i++) {
            sb.append(ESC).append('[').append(params.one()).append("LM@PXSTb".charAt(random.nextInt(8)));
            if (random.nextInt(3) == 0) {
                sb.append(ESC).append('[').append(params.one()).append(';').append(params.one()).append('H');
            }
        }
        text(out, sb.toString());
    }

    /** OSC, DCS, APC, PM or SOS: a kind, a body from empty to very large, and any terminator or none. */
    private void controlString(ByteArrayOutputStream out) {
        String introducer = STRING_INTRODUCERS[random.nextInt(STRING_INTRODUCERS.length)];
        StringBuilder sb = new StringBuilder(introducer);
        if (introducer.endsWith("]") || introducer.equals("\u009d")) {
            sb.append(OSC_KINDS[random.nextInt(OSC_KINDS.length)]);
        } else if (introducer.endsWith("P") || introducer.equals("\u0090")) {
            sb.append(random.nextBoolean() ? "$q" : params.list() + "q");
        }
        int length = random.nextInt(10) == 0 ? 10_000 + random.nextInt(200_000) : random.nextInt(200);
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(100);
            sb.append(c < 90 ? (char) (0x20 + random.nextInt(95)) : c < 95 ? '\u00e9' : ';');
        }
        sb.append(STRING_TERMINATORS[random.nextInt(STRING_TERMINATORS.length)]);
        text(out, sb.toString());
    }

    private static void text(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
