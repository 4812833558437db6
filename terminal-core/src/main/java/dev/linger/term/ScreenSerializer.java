package dev.linger.term;

import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.TerminalMode;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StoredCursor;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.CharUtils;

import java.text.Normalizer;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The VT byte stream that rebuilds an engine's screen in a fresh engine of the same size: both
 * screens (main and alternate) cell by cell with attributes and wrap marks, the cursor and its
 * saved copy, scroll region, modes, mouse reporting, bracketed paste, cursor shape, title, the
 * pen, and finally any half-received escape sequence, so that live output continues seamlessly.
 */
public final class ScreenSerializer {
    private static final String CSI = "\u001b[";

    private ScreenSerializer() {
    }

    /** Must be called by the engine's owner, serialised with feeds. */
    public static byte[] serialize(TerminalEngine engine) {
        TerminalTextBuffer buffer = engine.textBuffer();
        buffer.lock();
        try {
            return write(engine);
        } finally {
            buffer.unlock();
        }
    }

    private static byte[] write(TerminalEngine engine) {
        EngineTerminal t = engine.engineTerminal();
        TerminalTextBuffer buffer = engine.textBuffer();
        DisplayState display = engine.display();
        int width = buffer.getWidth();
        int height = buffer.getHeight();
        ByteSink out = new ByteSink(width * height * 2 + 256);
        out.writeAscii("\u001bc");                // full reset: the receiver may not be fresh
        out.writeAscii(CSI + "?7h");              // paint with autowrap on; restored below
        // Modes that do not change how text is written go first: the core's cursor-shape
        // handler leaves a blank in the cursor cell, which the painting below then covers.
        modes(out, t, display, engine.x10MouseMode());
        boolean ambiguousWide = display.ambiguousCharsAreDoubleWidth();
        boolean alternate = buffer.isUsingAlternateBuffer();
        if (alternate) {
            LinesBuffer main = t.mainScreenWhileAlternate();
            paint(out, height, width, main::getLine, ambiguousWide);
            out.writeAscii(CSI + "?1047h");       // switch without touching the saved cursor
            out.writeAscii(CSI + "2J");
        }
        paint(out, height, width, buffer::getLine, ambiguousWide);

        StoredCursor saved = t.storedCursor();
        if (saved != null) {
            moveTo(out, saved.getCursorY(), saved.getCursorX() + 1);   // x is 0-based there
            SgrWriter.write(out, saved.getTextStyle());
            out.writeAscii("\u001b7");
        }
        int top = t.scrollRegionTop();
        int bottom = t.scrollRegionBottom();
        if (top != 1 || bottom != height) {
            out.writeAscii(CSI + top + ";" + bottom + "r");
        }
        setPrivate(out, 7, t.isModelEnabled(TerminalMode.AutoWrap));
        if (t.isModelEnabled(TerminalMode.InsertMode)) {
            out.writeAscii(CSI + "4h");
        }
        cursor(out, t, buffer, width);
        SgrWriter.write(out, t.getStyleState().getCurrent());
        out.write(engine.pendingBytes());
        return out.toByteArray();
    }

    private static void paint(ByteSink out, int height, int width, IntFunction<TerminalLine> lines, boolean ambiguousWide) {
        out.writeAscii(CSI + "0m" + CSI + "H");
        StringBuilder reErase = new StringBuilder();
        boolean continueFromPrevious = false;
        for (int y = 0; y < height; y++) {
            TerminalLine line = lines.apply(y);
            if (!continueFromPrevious) {
                moveTo(out, y + 1, 1);
            }
            int cells = writeCells(out, line, width, ambiguousWide);
            // A wrapped row written to the last column wraps into the next by itself, which is
            // the only way to set the wrap mark: the next row then needs no cursor move. Unless
            // that row does not start with a written cell: moving the cursor over erased cells
            // would not wrap, and its text would land on this row (found by the fuzz tests),
            // and with no cell nothing wraps; it loses the mark.
            continueFromPrevious = line.isWrapped() && cells >= width && y + 1 < height
                    && startsWithAWrittenCell(lines.apply(y + 1));
            if (continueFromPrevious && erasedAt(line, width - 1)) {
                // The row ends in erased cells, passed over by moving the cursor, which leaves no
                // wrap pending (found by the fuzz tests): a blank in the last one does, and is
                // erased again once the next row has wrapped the row.
                out.writeCharUnit(' ');
                reErase.append(CSI).append(y + 1).append(';').append(width).append('H');
                TextStyle style = line.getStyleAt(width - 1);
                reErase.append(SgrWriter.sequence(style == null ? TextStyle.EMPTY : style)).append(CSI).append("X");
            }
        }
        out.writeAscii(reErase.toString());
    }

    /**
     * Whether the cell at {@code x} is erased: NUL, or in an entry that starts with NUL, which
     * the core takes as erased whole. The line's text stops at the first erased entry, so its
     * entries are read.
     */
    private static boolean erasedAt(TerminalLine line, int x) {
        int start = 0;
        for (TerminalLine.TextEntry entry : line.getEntries()) {
            CharBuffer text = entry.getText();
            if (x < start + text.length()) {
                return text.isNul() || text.charAt(x - start) == CharUtils.NUL_CHAR;
            }
            start += text.length();
        }
        return false;
    }

    private static boolean startsWithAWrittenCell(TerminalLine line) {
        for (TerminalLine.TextEntry entry : line.getEntries()) {
            if (entry.getText().length() > 0) {
                return !erasedAt(line, 0);
            }
        }
        return false;
    }

    /** Writes the row's cells; returns how many columns were written. */
    private static int writeCells(ByteSink out, TerminalLine line, int width, boolean ambiguousWide) {
        int x = 0;
        List<TerminalLine.TextEntry> entries = line.getEntries();
        TextStyle current = null;
        for (TerminalLine.TextEntry entry : entries) {
            if (x >= width) {
                break;
            }
            CharBuffer text = entry.getText();
            TextStyle style = entry.getStyle();
            int n = Math.min(text.length(), width - x);
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == CharUtils.NUL_CHAR) {
                    // An entry starting erased is erased whole to the core (its text and its
                    // painting stop there), even where text was later written into it.
                    int run = i == 0 ? n : 1;
                    while (i + run < n && text.charAt(i + run) == CharUtils.NUL_CHAR) {
                        run++;
                    }
                    if (!style.equals(TextStyle.EMPTY)) {
                        // Erased cells keep the erasing colour: ECH recreates them as erased.
                        if (!style.equals(current)) {
                            SgrWriter.write(out, style);
                            current = style;
                        }
                        out.writeAscii(CSI + run + "X");
                    }
                    out.writeAscii(CSI + run + "C");
                    i += run;
                    continue;
                }
                if (!style.equals(current)) {
                    SgrWriter.write(out, style);
                    current = style;
                }
                if (c == CharUtils.DWC) {
                    i++;
                    continue;
                }
                int pair = CellText.pairCells(text, i, n);
                int units = pair > 0 ? pair : 1;
                int cp = pair > 0 ? Character.toCodePoint(c, text.charAt(i + pair - 1))
                        : Character.isSurrogate(c) ? CellText.LONE_HALF : c;
                if (cp >= 0x300 && x + i > 0 && composesWithPrevious(line.charAt(x + i - 1), cp)) {
                    // Cells the program wrote in separate reads (a letter, then its accent) stay
                    // separate: written together, the receiver would compose them into one.
                    SgrWriter.write(out, style);
                }
                out.writeCodePoint(cp);
                int after = x + i + units;
                if (pair == 0 && cp > 0xA0 && CharUtils.isDoubleWidthCharacter(cp, ambiguousWide) && after < width
                        && line.charAt(after) != CharUtils.DWC) {
                    // Its filler cell was written over (the core leaves the wide half standing):
                    // step back so the next cell lands there too.
                    out.writeAscii(CSI + "D");
                }
                i += units;
            }
            x += n;
        }
        return x;
    }

    /** Whether {@code previous} then {@code cp}, written in one run, would be composed into fewer chars (NFC). */
    private static boolean composesWithPrevious(char previous, int cp) {
        if (previous == CharUtils.NUL_CHAR || previous == CharUtils.DWC) {
            return false;
        }
        return !Normalizer.isNormalized(new StringBuilder(3).append(previous).appendCodePoint(cp), Normalizer.Form.NFC);
    }

    private static void modes(ByteSink out, EngineTerminal t, DisplayState display, boolean engineX10) {
        setPrivate(out, 1, t.isModelEnabled(TerminalMode.CursorKey));
        setPrivate(out, 25, display.cursorVisible());
        setPrivate(out, 1039, t.isModelEnabled(TerminalMode.AltSendsEscape));
        setPrivate(out, 2004, display.bracketedPaste());
        if (t.isModelEnabled(TerminalMode.AutoNewLine)) {
            out.writeAscii(CSI + "20h");
        }
        out.writeAscii(t.isModelEnabled(TerminalMode.Keypad) ? "\u001b=" : "\u001b>");
        MouseMode mouse = display.mouseMode();
        if (mouse == MouseMode.MOUSE_REPORTING_NORMAL) {
            setPrivate(out, 1000, true);
        } else if (mouse == MouseMode.MOUSE_REPORTING_HILITE) {
            setPrivate(out, 1001, true);
        } else if (mouse == MouseMode.MOUSE_REPORTING_BUTTON_MOTION) {
            setPrivate(out, 1002, true);
        } else if (mouse == MouseMode.MOUSE_REPORTING_ALL_MOTION) {
            setPrivate(out, 1003, true);
        }
        if (engineX10) {
            setPrivate(out, 9, true);
        }
        MouseFormat format = display.mouseFormat();
        if (format == MouseFormat.MOUSE_FORMAT_XTERM_EXT) {
            setPrivate(out, 1005, true);
        } else if (format == MouseFormat.MOUSE_FORMAT_SGR) {
            setPrivate(out, 1006, true);
        } else if (format == MouseFormat.MOUSE_FORMAT_URXVT) {
            setPrivate(out, 1015, true);
        }
        CursorShape shape = display.cursorShape();
        if (shape != null) {
            out.writeAscii(CSI + (shape.ordinal() + 1) + " q");
        }
        String title = display.title();
        if (!title.isEmpty()) {
            out.writeAscii("\u001b]2;");
            title.codePoints().forEach(out::writeCodePoint);
            out.write(7);
        }
    }

    private static void cursor(ByteSink out, EngineTerminal t, TerminalTextBuffer buffer, int width) {
        int x = t.getCursorX();   // 1-based; width + 1 means "wrap pending"
        int y = t.getCursorY();
        boolean origin = t.isModelEnabled(TerminalMode.OriginMode);
        if (origin) {
            out.writeAscii(CSI + "?6h");
        }
        int row = origin ? y - t.scrollRegionTop() + 1 : y;
        if (x > width && y >= 1 && y <= buffer.getHeight()) {
            // Rewrite the last character so the cursor ends past it, as the program left it: all
            // of it when it is wide or a surrogate pair (its cells end in a filler or low half).
            TerminalLine line = buffer.getLine(y - 1);
            String cells = line.getText();
            int from = width - 1;
            int end = Math.min(width, cells.length());
            int pair = 0;
            for (int start = Math.min(from - 1, end - 1); start >= 0 && start >= from - 2; start--) {
                if (CellText.pairCells(cells, start, end) == from - start + 1) {
                    pair = from - start + 1;
                    from = start;
                    break;
                }
            }
            if (pair == 0 && from > 0 && line.charAt(from) == CharUtils.DWC) {
                from--;
            }
            moveTo(out, row, from + 1);
            // A line feed after the last column leaves the cursor pending on a row that may have
            // no cell there yet: a blank of the default style stands in for it.
            TextStyle style = line.getStyleAt(from);
            SgrWriter.write(out, style == null ? TextStyle.EMPTY : style);
            char c = line.charAt(from);
            if (c == CharUtils.NUL_CHAR || (c == CharUtils.DWC && from == width - 1)) {
                out.writeCharUnit(' ');
            } else if (pair > 0) {
                out.writeCodePoint(Character.toCodePoint(c, line.charAt(from + pair - 1)));
            } else if (Character.isSurrogate(c)) {
                out.writeCharUnit(CellText.LONE_HALF);
            } else {
                out.writeCharUnit(c);
            }
        } else {
            moveTo(out, row, x);
        }
    }

    private static void setPrivate(ByteSink out, int mode, boolean on) {
        out.writeAscii(CSI + "?" + mode + (on ? "h" : "l"));
    }

    private static void moveTo(ByteSink out, int row, int column) {
        out.writeAscii(CSI + row + ";" + column + "H");
    }
}
