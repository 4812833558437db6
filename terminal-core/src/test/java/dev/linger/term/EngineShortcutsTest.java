package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's shortcuts (plain text past the core's decoding) leave exactly what the core's own
 * paths leave: the same output is fed to an engine with them and one without, in the same
 * pieces, and after every piece both screens, the scrollback, the cursor and the snapshot agree
 * cell by cell, entry by entry.
 */
class EngineShortcutsTest {
    private static final String ESC = "\u001b";
    /** Pieces output is made of: text of every kind the shortcut takes or refuses, and what changes how text is written. */
    private static final String[] PIECES = {
        "plain ascii ", "x", "0123456789", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./", "\u007f",
        "caf\u00e9 \u00f1 \u00fc \u00df \u02ff \u00a0", "e\u0301", "a\u0308", "\u0301", "\u0300\u0300",
        "\u1100\u1161\u11a8", "\u0041\u030a", "\u212b", "\uff21\uff22", "\u65e5\u672c\u8a9e", "\ud83d\ude00", "\u2500\u2502",
        "\u0085", "\u009b", "\u0090", "\u009d",
        ESC + "(0", ESC + "(B", ESC + ")0", ESC + "*0", ESC + "+0", ESC + "(A", ESC + "*B",
        ESC + "N", ESC + "O", ESC + "n", ESC + "o", "\u000e", "\u000f",
        "lqqk", "x", "mqqj", "`afgjklmnopqrstuvwxyz{|}~",
        "\r\n", "\n", "\r", "\t", "\b", "\u0007",
        ESC + "[31m", ESC + "[1;4;38;5;198m", ESC + "[0m", ESC + "[m", ESC + "[9m", ESC + "[29m", ESC + "[7m", ESC + "[48;2;1;2;3m",
        ESC + "[4h", ESC + "[4l", ESC + "[?7l", ESC + "[?7h", ESC + "[K", ESC + "[2J", ESC + "[H", ESC + "[5;10H", ESC + "[3@", ESC + "[2P",
        ESC + "[2;5r", ESC + "[r", ESC + "M", ESC + "D", ESC + "7", ESC + "8", ESC + "[?1049h", ESC + "[?1049l", ESC + "c", ESC + "[!p",
        ESC + "[3J", ESC + "[L", ESC + "[2M", ESC + "[S", ESC + "[T",
    };

    @Test
    void colouredLogLinesLeaveTheSameScreenAndScrollback() {
        StringBuilder log = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            log.append(ESC).append("[2m00:00:0").append(i % 10).append(ESC).append("[0m ")
                    .append(ESC).append("[3").append(2 + random.nextInt(2)).append("mINFO ").append(ESC).append("[0m [")
                    .append(ESC).append("[36mworker-").append(random.nextInt(8)).append(ESC).append("[0m] ")
                    .append("x".repeat(random.nextInt(90)))
                    .append(ESC).append("[38;5;").append(random.nextInt(256)).append("mretry").append(ESC).append("[39m\r\n");
        }
        assertSameWhenFedInPieces(log.toString().getBytes(StandardCharsets.UTF_8), new Random(1), 4096);
    }

    @Test
    void decSpecialGraphicsAndSingleShiftsMapTheSame() {
        String s = ESC + "(0lqqqk\r\nx" + ESC + "(Bab" + ESC + "(0x\u00e9\r\n"
                + ESC + "*0" + ESC + "Nqq" + ESC + "Oq" + ESC + "+0" + ESC + "Oqq\r\n"
                + ESC + "N" + ESC + "[31m" + "q" + ESC + "N\u00e9q" + ESC + "N\r\nq"
                + ESC + ")0" + ESC + "n" + "lqk" + "\u000f" + "lqk" + ESC + "o" + "lqk" + ESC + "(Blqk";
        assertSameWhenFedInPieces(s.getBytes(StandardCharsets.UTF_8), new Random(2), 8);
        assertSameWhenFedWhole(s);
    }

    @Test
    void combiningAndWideCharactersWriteTheSame() {
        String s = "e\u0301 a\u0308 \u0041\u030a \u212b \u1100\u1161\u11a8 caf\u00e9 \u65e5\u672c\u8a9e \ud83d\ude00 "
                + "\uff21".repeat(50) + "x\u0301".repeat(30) + "\r\n\u00e9\u0301\u0302 \u02ff\u0300";
        assertSameWhenFedInPieces(s.getBytes(StandardCharsets.UTF_8), new Random(3), 5);
        assertSameWhenFedWhole(s);
    }

    @Test
    void randomMixturesLeaveTheSameState() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = 20 + random.nextInt(400); i < n; i++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameWhenFedInPieces(s.toString().getBytes(StandardCharsets.UTF_8), random, 1 + random.nextInt(64));
        }
    }

    private static void assertSameWhenFedWhole(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        TerminalEngine fast = new TerminalEngine(20, 6, 50, true);
        TerminalEngine core = new TerminalEngine(20, 6, 50, false);
        assertThat(feed(fast, bytes)).isEqualTo(feed(core, bytes));
        assertSameState(fast, core, "whole");
    }

    private static void assertSameWhenFedInPieces(byte[] bytes, Random random, int maxPiece) {
        TerminalEngine fast = new TerminalEngine(20, 6, 50, true);
        TerminalEngine core = new TerminalEngine(20, 6, 50, false);
        for (int off = 0; off < bytes.length; ) {
            int len = Math.min(bytes.length - off, 1 + random.nextInt(maxPiece));
            byte[] piece = Arrays.copyOfRange(bytes, off, off + len);
            assertThat(feed(fast, piece)).isEqualTo(feed(core, piece));
            assertSameState(fast, core, "after byte " + (off + len) + " of " + new String(bytes, StandardCharsets.UTF_8));
            off += len;
        }
    }

    /**
     * How a feed ended. Some output (ICH on a fresh row) leaves cells without a style, which the
     * scrollback's encoder refuses: both engines must then fail alike.
     */
    private static String feed(TerminalEngine engine, byte[] bytes) {
        try {
            engine.feed(bytes);
            return "fed";
        } catch (RuntimeException e) {
            return e.getClass().getName();      // the JIT drops the message of an exception thrown often
        }
    }

    private static void assertSameState(TerminalEngine fast, TerminalEngine core, String where) {
        assertThat(dump(fast)).as(where).isEqualTo(dump(core));
        assertThat(snapshot(fast)).as(where).isEqualTo(snapshot(core));
    }

    /** The snapshot, or how it failed (cells without a style, as above). */
    private static String snapshot(TerminalEngine engine) {
        try {
            return Arrays.toString(ScreenSerializer.serialize(engine));
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    /** Every screen line entry by entry (style, characters), wrap marks, scrollback, cursor and character sets. */
    private static List<String> dump(TerminalEngine engine) {
        List<String> out = new ArrayList<>();
        TerminalTextBuffer buffer = engine.textBuffer();
        out.add("cursor " + engine.terminal().getCursorX() + "," + engine.terminal().getCursorY());
        out.add("charsets " + engine.engineTerminal().charsetsForTest());
        out.add("alternate " + buffer.isUsingAlternateBuffer() + " history " + buffer.getHistoryLinesCount());
        out.add("screen lines " + buffer.getScreenLinesCount());
        for (int y = 0; y < buffer.getScreenLinesCount(); y++) {
            out.add("row " + y + " " + describe(buffer.getScreenBuffer().getLine(y)));
        }
        if (buffer.isUsingAlternateBuffer()) {
            for (int y = 0; y < engine.engineTerminal().mainScreenWhileAlternate().getLineCount(); y++) {
                out.add("main row " + y + " " + describe(engine.engineTerminal().mainScreenWhileAlternate().getLine(y)));
            }
        }
        ScrollbackStore scrollback = engine.scrollback();
        out.add("scrollback " + scrollback.size() + " of " + scrollback.totalAppended());
        for (int i = 0; i < scrollback.size(); i++) {
            out.add("scrollback " + i + " " + Arrays.toString(scrollback.get(i)));
        }
        return out;
    }

    private static String describe(TerminalLine line) {
        StringBuilder sb = new StringBuilder(line.isWrapped() ? "wrapped" : "unwrapped");
        for (TerminalLine.TextEntry e : line.getEntries()) {
            sb.append(" [").append(style(e.getStyle())).append(e.getText().isNul() ? " nul " : " ").append(e.getText().length()).append(" '");
            e.getText().chars().forEach(c -> sb.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            sb.append("']");
        }
        return sb.toString();
    }

    private static String style(TextStyle style) {
        if (style == null) {
            return "no style";
        }
        return style.getClass().getSimpleName() + " " + LineCodec.optionBits(style) + " "
                + colour(style.getForeground()) + " " + colour(style.getBackground());
    }

    private static String colour(TerminalColor c) {
        if (c == null) {
            return "default";
        }
        return c.isIndexed() ? "index " + c.getColorIndex() : "rgb " + c.toColor().getRed() + "/" + c.toColor().getGreen() + "/" + c.toColor().getBlue();
    }
}
