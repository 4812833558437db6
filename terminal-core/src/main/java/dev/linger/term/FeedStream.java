package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalDataStream;
import com.techsenger.jeditermfx.core.emulator.SystemCommandSequence;
import com.techsenger.jeditermfx.core.util.Ascii;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The emulator's input: decoded characters pushed by {@link TerminalEngine#feed}. Running dry
 * throws EOF, which the emulator swallows; the engine then rewinds to where the unfinished
 * escape sequence began and keeps those characters for the next feed. Escape sequences are
 * read whole before they act, so a rewind never repeats an effect.
 */
final class FeedStream implements TerminalDataStream {
    private static final char ST = '\u009c';
    private static final char CAN = '\u0018';
    private static final char SUB = '\u001a';
    // Small to start: an idle session costs little; output grows it once.
    private char[] buf = new char[256];
    private int pos;
    private int end;
    private int mark;
    private boolean ranDry;
    /** {@link System#nanoTime} past which reading fails; checked every {@link #CLOCK_EVERY} reads. */
    private long deadline;
    private boolean timed;
    private long limitMillis;
    private int feedBytes;
    private int untilClock;
    private static final int CLOCK_EVERY = 4096;
    /**
     * How many chars at the read position are the start of a sequence the emulator already read
     * without finding its end, or 0: only chars after them can end it.
     */
    private int unfinished;
    private final BooleanSupplier ambiguousDoubleWidth;

    /** {@code ambiguousDoubleWidth}: the display's answer, which the core also uses to lay out cells. */
    FeedStream(BooleanSupplier ambiguousDoubleWidth) {
        this.ambiguousDoubleWidth = ambiguousDoubleWidth;
    }

    /** Drops consumed characters, keeps the unread tail, appends {@code len} more. */
    void append(char[] chars, int off, int len) {
        int tail = end - pos;
        if (tail + len > buf.length) {
            char[] bigger = new char[Math.max(buf.length * 2, tail + len)];
            System.arraycopy(buf, pos, bigger, 0, tail);
            buf = bigger;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, tail);
        }
        pos = 0;
        end = tail;
        System.arraycopy(chars, off, buf, end, len);
        end += len;
    }

    /**
     * From now until {@link #untimed}, reading more than {@code limitMillis} later throws a
     * {@link FeedTimeoutException}: a core that loops on its input (pushing a sequence back and
     * reading it again) is stopped there, since every such loop reads.
     */
    void timeFor(long limitMillis, int feedBytes) {
        this.deadline = System.nanoTime() + limitMillis * 1_000_000L;
        this.limitMillis = limitMillis;
        this.feedBytes = feedBytes;
        this.timed = true;
        this.untilClock = CLOCK_EVERY;
    }

    void untimed() {
        timed = false;
    }

    private void checkClock() {
        if (timed && --untilClock <= 0) {
            untilClock = CLOCK_EVERY;
            if (System.nanoTime() - deadline > 0) {
                throw new FeedTimeoutException(limitMillis, feedBytes);
            }
        }
    }

    /**
     * Marks the start of one emulator step. The unfinished sequence, if any, starts here too and
     * is either finished by this step or rewound to again: a count left over from one already
     * finished would make the next sequence seem unfinishable (found by the fuzz tests).
     */
    void mark() {
        mark = pos;
        ranDry = false;
        unfinished = 0;
    }

    boolean ranDry() {
        return ranDry;
    }

    /** Goes back to the last mark: the unfinished sequence is read again when more arrives. */
    void rewind() {
        pos = mark;
        unfinished = end - pos;
    }

    /**
     * Whether the chars that arrived since the last {@link #rewind} cannot end the unfinished
     * sequence, so that reading it again would only run dry again. Each feed then costs only its
     * own chars: a long unfinished sequence arriving a byte at a time would otherwise be read
     * again whole on every feed (a 64 KB OSC fed a byte per read took a minute). Conservative: a
     * char that might end it (for an OSC or DCS: BEL, ST or the backslash of ESC \; for a CSI: a
     * final char) or a sequence of another kind gives false.
     */
    boolean cannotEndUnfinished() {
        if (unfinished == 0 || unfinished >= end - pos) {
            return false;
        }
        boolean string = buf[pos] == SystemCommandSequence.OSC
                || (buf[pos] == Ascii.ESC_CHAR && (buf[pos + 1] == ']' || buf[pos + 1] == 'P'));
        boolean csi = buf[pos] == Ascii.ESC_CHAR && buf[pos + 1] == '[';
        if (!string && !csi) {
            return false;
        }
        for (int i = pos + unfinished; i < end; i++) {
            char c = buf[i];
            boolean ends = string ? c == Ascii.BEL_CHAR || c == ST || c == '\\' || c == Ascii.ESC_CHAR || c == CAN || c == SUB
                    : c >= 0x40 && c <= 0x7E;
            if (ends) {
                return false;
            }
        }
        unfinished = end - pos;
        return true;
    }

    /**
     * At the read position: an OSC or DCS string that an escape sequence other than its own ST
     * (ESC backslash), or a CAN or SUB, interrupts before it is terminated. The DEC parser that
     * xterm and tmux follow leaves the string there; JediTerm's core would read on to a BEL or ST,
     * swallowing whatever follows, a reset included, up to the 64 Ki-char cap. So the string is
     * abandoned up to the interrupting ESC (then read as the start of its own sequence), or past
     * the CAN or SUB. False when the string is terminated first, or its end has not arrived yet.
     */
    boolean skipInterruptedString() {
        int from;
        if (pos < end && buf[pos] == SystemCommandSequence.OSC) {
            from = pos + 1;
        } else if (pos + 1 < end && buf[pos] == Ascii.ESC_CHAR && (buf[pos + 1] == ']' || buf[pos + 1] == 'P')) {
            from = pos + 2;
        } else {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = buf[i];
            if (c == Ascii.BEL_CHAR || c == ST) {
                return false;
            }
            if (c == CAN || c == SUB) {
                pos = i + 1;
                unfinished = 0;
                return true;
            }
            if (c == Ascii.ESC_CHAR) {
                if (i + 1 >= end || buf[i + 1] == '\\') {
                    return false;
                }
                pos = i;
                unfinished = 0;
                return true;
            }
        }
        return false;
    }

    /** Characters received but not yet consumed (an unfinished sequence). */
    char[] pending() {
        return Arrays.copyOfRange(buf, pos, end);
    }

    int available() {
        return end - pos;
    }

    void clear() {
        pos = 0;
        end = 0;
        unfinished = 0;
    }

    @Override
    public char getChar() throws EOF {
        checkClock();
        if (pos >= end) {
            ranDry = true;
            throw new EOF();
        }
        return buf[pos++];
    }

    @Override
    public void pushChar(char c) throws EOF {
        if (pos == 0) {
            throw new EOF();
        }
        buf[--pos] = c;
    }

    /**
     * The core asks for at most as many characters as there are cells left on the line; a wide
     * character takes two, and the core cuts whatever does not fit. So the run stops where its
     * cells (counted as the core lays them out, see {@link CoreCells}) fill the line: the rest
     * comes in the next step, after the core has wrapped, and the screen no longer depends on
     * where a read ended. A surrogate pair is read whole: its halves never land on two rows.
     */
    @Override
    public String readNonControlCharacters(int maxCells) {
        checkClock();
        int start = pos;
        boolean ambiguousWide = ambiguousDoubleWidth.getAsBoolean();
        int cells = 0;
        while (pos < end && buf[pos] >= 0x20) {
            int codePoint = buf[pos] <= 0xA0 ? buf[pos] : Character.codePointAt(buf, pos, end);
            int width = CoreCells.of(codePoint, ambiguousWide);
            if (cells + width > maxCells && pos > start) {
                break;
            }
            cells += width;
            pos += Character.charCount(codePoint);
            if (cells >= maxCells) {
                break;
            }
        }
        return new String(buf, start, pos - start);
    }

    /**
     * The core's only caller is a control sequence putting back its unhandled characters ahead of
     * the sequence re-spelled from its parsed arguments. A parameter too big for an int has
     * wrapped to a negative number by then, and its minus sign is itself unhandled on the next
     * read: the core would push the same sequence back for ever. So minus signs inside the
     * re-spelled sequence are left out; the big number then parses (and wraps) again with nothing
     * unhandled, and {@link ParameterClamp} treats the negative value as huge.
     */
    @Override
    public void pushBackBuffer(char[] bytes, int length) throws EOF {
        int sequenceStart = length;
        for (int i = 0; i + 1 < length; i++) {
            if (bytes[i] == Ascii.ESC && bytes[i + 1] == '[') {
                sequenceStart = i + 2;
                break;
            }
        }
        for (int i = length - 1; i >= 0; i--) {
            if (i >= sequenceStart && bytes[i] == '-') {
                continue;
            }
            pushChar(bytes[i]);
        }
    }

    @Override
    public boolean isEmpty() {
        return pos >= end;
    }
}
