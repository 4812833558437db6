package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.util.CharUtils;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The compact encoding of one terminal line used by the scrollback store, snapshots and persistence.
 *
 * <pre>
 * line  = flags(1: bit0 wrapped) varint(runCount) run*
 * run   = varint(optionBits) color(fg) color(bg) varint(charCount) chars
 *         (optionBits: bit n for the core's option n, bit 15 for strikethrough)
 * color = 0 (default) | 1 index(1) | 2 r g b
 * chars = each UTF-16 unit as 1, 2 or 3 bytes (the UTF-8 shape, units encoded one by one)
 * </pre>
 * Encoding units one by one keeps JediTerm's filler and double-width marker characters intact
 * and makes decoding a single pass with a known length. Strikethrough came later: lines stored
 * before it simply lack its bit, which sits well above the core's options so a new one of
 * those cannot take it.
 */
public final class LineCodec {
    private static final TextStyle.Option[] OPTIONS = TextStyle.Option.values();
    static final int STRUCK = 1 << 15;
    /** The fewest bytes a run takes: option bits, two default colours and a character count. */
    private static final int MIN_RUN_BYTES = 4;

    private LineCodec() {
    }

    public static byte[] encode(TerminalLine line) {
        ByteSink out = SCRATCH.get();
        out.reset();
        encode(line, out);
        return out.toByteArray();
    }

    private static final ThreadLocal<ByteSink> SCRATCH = ThreadLocal.withInitial(() -> new ByteSink(512));

    /**
     * Empty entries are skipped and neighbours of equal style written as one run: how the core
     * splits a line into entries depends on how its output arrived (a line scrolled in starts
     * with an empty entry, a read boundary splits a run), and equal cells must encode equally.
     */
    public static void encode(TerminalLine line, ByteSink out) {
        List<TerminalLine.TextEntry> entries = line.getEntries();
        out.write(line.isWrapped() ? 1 : 0);
        // One pass: the run count goes in front of the runs once they are written.
        int countAt = out.size();
        int count = entries.size();
        int runs = 0;
        for (int e = 0, end; e < count; e = end) {
            end = runEnd(entries, e);
            int n = chars(entries, e, end);
            if (n > 0) {
                runs++;
                TextStyle style = entries.get(e).getStyle();
                out.writeVarint(optionBits(style));
                writeColor(out, style.getForeground());
                writeColor(out, style.getBackground());
                out.writeVarint(n);
                for (int k = e; k < end; k++) {
                    CharBuffer text = entries.get(k).getText();
                    out.writeCharUnits(text.getBuf(), text.getStart(), text.length());
                }
            }
        }
        out.insertVarint(countAt, runs);
    }

    /** One past the run that starts at entry {@code e}: the entries after it that are empty or of its style. */
    private static int runEnd(List<TerminalLine.TextEntry> entries, int e) {
        TextStyle style = entries.get(e).getStyle();
        int end = e + 1;
        while (end < entries.size() && (entries.get(end).getText().length() == 0 || entries.get(end).getStyle().equals(style))) {
            end++;
        }
        return end;
    }

    private static int chars(List<TerminalLine.TextEntry> entries, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += entries.get(k).getText().length();
        }
        return n;
    }

    public static TerminalLine decode(byte[] data) {
        ByteSource in = new ByteSource(data, 0, data.length);
        boolean wrapped = (in.read() & 1) != 0;
        int runs = in.readCount(MIN_RUN_BYTES);
        TerminalLine line = new TerminalLine();
        List<TerminalLine.TextEntry> entries = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            int bits = in.readVarint();
            TerminalColor fg = readColor(in);
            TerminalColor bg = readColor(in);
            int n = in.readCount(1);
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                chars[i] = in.readCharUnit();
            }
            entries.add(new TerminalLine.TextEntry(styleOf(bits, fg, bg), new CharBuffer(chars, 0, n)));
        }
        // TerminalLine offers no bulk constructor for several entries; writing runs one after
        // another in order rebuilds the same entries.
        int x = 0;
        for (TerminalLine.TextEntry e : entries) {
            line.writeString(x, e.getText(), e.getStyle());
            x += e.getLength();
        }
        line.setWrapped(wrapped);
        return line;
    }

    /** The line's characters without styles: NUL fillers become spaces, trailing blanks are kept. */
    public static String text(byte[] data) {
        ByteSource in = new ByteSource(data, 0, data.length);
        in.read();
        int runs = in.readCount(MIN_RUN_BYTES);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < runs; r++) {
            in.readVarint();
            readColor(in);
            readColor(in);
            int n = in.readCount(1);
            for (int i = 0; i < n; i++) {
                char c = in.readCharUnit();
                if (c == CharUtils.DWC) {
                    continue;
                }
                sb.append(c == 0 ? ' ' : c);
            }
        }
        return sb.toString();
    }

    public static boolean isWrapped(byte[] data) {
        return data.length > 0 && (data[0] & 1) != 0;
    }

    static int optionBits(TextStyle style) {
        int bits = 0;
        for (int i = 0; i < OPTIONS.length; i++) {
            if (style.hasOption(OPTIONS[i])) {
                bits |= 1 << i;
            }
        }
        if (StruckTextStyle.isStruck(style)) {
            bits |= STRUCK;
        }
        return bits;
    }

    static TextStyle styleOf(int bits, TerminalColor fg, TerminalColor bg) {
        if (bits == 0 && fg == null && bg == null) {
            return TextStyle.EMPTY;
        }
        EnumSet<TextStyle.Option> options = EnumSet.noneOf(TextStyle.Option.class);
        for (int i = 0; i < OPTIONS.length; i++) {
            if ((bits & (1 << i)) != 0) {
                options.add(OPTIONS[i]);
            }
        }
        return StruckTextStyle.of(fg, bg, options, (bits & STRUCK) != 0);
    }

    private static void writeColor(ByteSink out, TerminalColor color) {
        if (color == null) {
            out.write(0);
        } else if (color.isIndexed()) {
            out.write(1);
            out.write(color.getColorIndex());
        } else {
            com.techsenger.jeditermfx.core.Color c = color.toColor();
            out.write(2);
            out.write(c.getRed());
            out.write(c.getGreen());
            out.write(c.getBlue());
        }
    }

    private static TerminalColor readColor(ByteSource in) {
        int kind = in.read();
        switch (kind) {
            case 0:
                return null;
            case 1:
                return TerminalColor.index(in.read());
            case 2:
                return TerminalColor.rgb(in.read(), in.read(), in.read());
            default:
                throw new IllegalArgumentException("corrupt encoded line: colour kind " + kind);
        }
    }
}
