package dev.linger.term;

import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.charset.GraphicSetState;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StoredCursor;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.TermSize;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * JediTerm's terminal model with the hooks Linger needs: history is handed to the scrollback
 * store before the screen switches to the alternate buffer, "clear scrollback" (ED 3) clears the
 * store too, strikethrough is kept in the pen (see {@link StruckTextStyle}), and the state
 * snapshots need but the core keeps private is read here. Text the core's decoding would leave
 * unchanged skips it (see {@link PlainText}).
 *
 * <p>Nothing a program prints may make the core grow without bound: counts and coordinates are
 * brought within the screen here, before the core acts on them (see {@link ParameterClamp}), the
 * title and its stack are capped, and a program cannot resize the terminal (xterm refuses it by
 * default, tmux never does it): its size is the window's.
 */
final class EngineTerminal extends JediTerminal {
    private static final Field SCROLL_TOP = field(JediTerminal.class, "myScrollRegionTop");
    private static final Field SCROLL_BOTTOM = field(JediTerminal.class, "myScrollRegionBottom");
    private static final Field STORED_CURSOR = field(JediTerminal.class, "myStoredCursor");
    private static final Field SCREEN_BACKUP = field(TerminalTextBuffer.class, "myScreenBufferBackup");
    private static final Field CHARSETS = field(JediTerminal.class, "myGraphicSetState");
    /** Longer titles are cut: a title is a line of a tab or a list, not a document. */
    static final int MAX_TITLE_CHARS = 1024;
    /** Titles pushed by {@code CSI 22 t} beyond this many drop the oldest, as xterm's stack does. */
    static final int MAX_SAVED_TITLES = 10;
    /** The core's writeCharacters after its decoding: cursor, wrapping, scrolling and the write. */
    private static final MethodHandle WRITE_DECODED = writeDecoded();

    private final TerminalEngine engine;
    private final GraphicSetState charsets;
    private final boolean plainTextShortcut;
    private final Deque<String> savedTitles = new ArrayDeque<>();

    /** {@code plainTextShortcut} off sends all text through the core's decoding (to compare against). */
    EngineTerminal(TerminalEngine engine, TerminalDisplay display, TerminalTextBuffer buffer, StyleState style,
                   boolean plainTextShortcut) {
        super(display, buffer, style);
        this.engine = engine;
        this.plainTextShortcut = plainTextShortcut;
        try {
            charsets = (GraphicSetState) CHARSETS.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the character sets of the emulator", e);
        }
    }

    @Override
    public void writeCharacters(String text) {
        int distance = distanceToLineEnd();
        int firstCells = distance > 0 && distance < 3 && !text.isEmpty()
                ? CoreCells.of(text.codePointAt(0), engine.display().ambiguousCharsAreDoubleWidth()) : 0;
        if (firstCells > distance) {
            // The core would write all cells of a wide character or a surrogate pair from there,
            // past the screen's edge: it goes to the next line instead (as in xterm and tmux), or
            // with autowrap off into the last columns.
            setX(isAutoWrap() ? getTerminalWidth() : Math.max(0, getTerminalWidth() - firstCells));
        }
        if (!plainTextShortcut || !PlainText.passesUnchanged(text, charsets)) {
            // Only runs off the shortcut can hold C1 controls: ordinary text is not scanned again.
            String shown = Normalizer.normalize(withoutC1Controls(text), Normalizer.Form.NFC);
            if (shown.isEmpty()) {
                return;
            }
            int fits = charsThatFit(shown);
            if (fits < shown.length()) {
                // The core writes the normalised text, which can take more cells than the feed
                // counted (U+0958 becomes two chars): what would pass the line's end goes on
                // after a wrap instead (found by the fuzz tests).
                super.writeCharacters(shown.substring(0, fits));
                writeCharacters(shown.substring(fits));
                return;
            }
            super.writeCharacters(shown);
            return;
        }
        try {
            WRITE_DECODED.invokeExact((JediTerminal) this, text.toCharArray());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How many chars of {@code text} from its start take no more cells than are left on the line
     * (all of it when the cursor waits to wrap, as the core wraps first); at least its first
     * character, which the caller has already placed where it fits.
     */
    private int charsThatFit(String text) {
        int room = distanceToLineEnd() > 0 ? distanceToLineEnd() : getTerminalWidth();
        boolean ambiguousWide = engine.display().ambiguousCharsAreDoubleWidth();
        int first = text.codePointAt(0);
        int at = Character.charCount(first);
        int cells = CoreCells.of(first, ambiguousWide);
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            cells += CoreCells.of(codePoint, ambiguousWide);
            if (cells > room) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    /**
     * A cursor saved before the screen was made smaller comes back within it, as in xterm; the
     * core would put it where it was, outside the screen (found by the fuzz tests).
     */
    @Override
    public void restoreCursor(StoredCursor saved) {
        super.restoreCursor(saved);
        if (getY() > getTerminalHeight()) {
            setY(getTerminalHeight());
        }
        if (getX() > getTerminalWidth()) {
            setX(getTerminalWidth() - 1);
        }
    }

    /** At the first column of the top row the core would wrap back to a row above the screen; xterm stays. */
    @Override
    public void backspace() {
        if (getX() == 0 && getY() <= 1) {
            return;
        }
        super.backspace();
    }

    @Override
    public void deleteCharacters(int count) {
        super.deleteCharacters(ParameterClamp.count(count, distanceToLineEnd()));
    }

    @Override
    public void insertBlankCharacters(int count) {
        super.insertBlankCharacters(ParameterClamp.count(count, distanceToLineEnd()));
    }

    @Override
    public void eraseCharacters(int count) {
        super.eraseCharacters(ParameterClamp.count(count, distanceToLineEnd()));
    }

    @Override
    public void insertLines(int count) {
        super.insertLines(ParameterClamp.count(count, getTerminalHeight()));
    }

    @Override
    public void deleteLines(int count) {
        super.deleteLines(ParameterClamp.count(count, getTerminalHeight()));
    }

    @Override
    public void scrollUp(int count) {
        super.scrollUp(ParameterClamp.count(count, getTerminalHeight()));
    }

    /** Scroll-up comes here too, with its count negated (already clamped). */
    @Override
    public void scrollDown(int count) {
        int rows = getTerminalHeight();
        super.scrollDown(count < 0 && count >= -rows ? count : ParameterClamp.count(count, rows));
    }

    @Override
    public void cursorUp(int count) {
        super.cursorUp(ParameterClamp.count(count, getTerminalHeight()));
    }

    @Override
    public void cursorDown(int count) {
        super.cursorDown(ParameterClamp.count(count, getTerminalHeight()));
    }

    @Override
    public void cursorForward(int count) {
        super.cursorForward(ParameterClamp.count(count, getTerminalWidth()));
    }

    @Override
    public void cursorBackward(int count) {
        super.cursorBackward(ParameterClamp.count(count, getTerminalWidth()));
    }

    @Override
    public void cursorPosition(int x, int y) {
        super.cursorPosition(ParameterClamp.position(x, getTerminalWidth()), ParameterClamp.position(y, getTerminalHeight()));
    }

    @Override
    public void linePositionAbsolute(int y) {
        super.linePositionAbsolute(ParameterClamp.position(y, getTerminalHeight()));
    }

    /** A region the wrong way round is ignored, as xterm does; the core would keep it and scroll outside the screen. */
    @Override
    public void setScrollingRegion(int top, int bottom) {
        int rows = getTerminalHeight();
        int t = ParameterClamp.position(top, rows);
        int b = bottom == 0 ? rows : ParameterClamp.position(bottom, rows);
        if (t > b) {
            return;
        }
        super.setScrollingRegion(t, b);
    }

    /**
     * Only the user (through the engine) resizes; a program's request ({@code CSI 8 ; h ; w t}) is
     * ignored. The core's reflow fails when the cursor stands further right or below the text
     * than the new size has room for (a cursor moved to row 10, column 39 of an empty screen,
     * then a resize to 5x2): it fails before it changes anything while the emulator's history is
     * empty, as the engine keeps it, so the cursor is moved to the start of a row the reflow can
     * place and the resize done again.
     */
    @Override
    public void resize(TermSize size, RequestOrigin origin) {
        if (origin == RequestOrigin.Remote) {
            return;
        }
        keepCursorOnTheScreenThroughTheShrink(size);
        try {
            super.resize(size, origin);
        } catch (IndexOutOfBoundsException e) {
            if (getTerminalTextBuffer().getHistoryLinesCount() != 0) {
                throw e;
            }
            // The reflow works on the main screen even while the alternate one shows.
            TerminalTextBuffer buffer = getTerminalTextBuffer();
            int textRows = buffer.isUsingAlternateBuffer() ? mainScreenWhileAlternate().getLineCount() : buffer.getScreenLinesCount();
            cursorPosition(1, Math.min(getCursorY(), textRows + 1));
            super.resize(size, origin);
        }
        // The core moves the region's bottom by the change in height and keeps its top: made
        // smaller, a region can end above its top (found by the fuzz tests), and the core would
        // then write below the screen. Such a region becomes the whole screen, as xterm makes
        // every region on a resize.
        if (scrollRegionBottom() < scrollRegionTop() || scrollRegionBottom() > getTerminalHeight()) {
            writeInt(SCROLL_TOP, 1);
            writeInt(SCROLL_BOTTOM, getTerminalHeight());
        }
        // Made smaller while the alternate screen shows, the core can keep rows below the new
        // height (found by the fuzz tests): the screen holds its rows and no more.
        EngineTextBuffer.keepRows(getTerminalTextBuffer().getScreenBuffer(), getTerminalHeight());
        if (getTerminalTextBuffer().isUsingAlternateBuffer()) {
            EngineTextBuffer.keepRows(mainScreenWhileAlternate(), getTerminalHeight());
            EngineTextBuffer.keepColumns(getTerminalTextBuffer().getScreenBuffer(), getTerminalWidth());
            // ...and keeps the cursor's row, which may now be below the screen.
            if (getY() > getTerminalHeight()) {
                setY(getTerminalHeight());
            }
        }
    }

    /**
     * Made less tall (same width, main screen), the core drops empty rows below the cursor and
     * moves as many top rows as it still must into history, cursor and all; when that would move
     * the cursor above the screen it fails halfway, its rows changed and its height not (found
     * by the fuzz tests). The cursor is first moved down as far as the core then needs, so that
     * it ends on the top row; no text is lost.
     */
    private void keepCursorOnTheScreenThroughTheShrink(TermSize size) {
        TerminalTextBuffer buffer = getTerminalTextBuffer();
        int oldHeight = getTerminalHeight();
        int shrink = oldHeight - size.getRows();
        if (shrink <= 0 || size.getColumns() != getTerminalWidth() || buffer.isUsingAlternateBuffer()) {
            return;
        }
        int y = getCursorY();
        while (true) {
            int toHistory = shrink - emptyRowsAtTheBottom(buffer, oldHeight, Math.min(shrink, Math.max(0, oldHeight - y)));
            if (y - toHistory >= 1) {
                break;
            }
            y = toHistory + 1;
        }
        if (y != getCursorY()) {
            setY(y);
        }
    }

    /** How many of the screen's bottom rows, at most {@code most}, the core's shrink drops as empty. */
    private static int emptyRowsAtTheBottom(TerminalTextBuffer buffer, int height, int most) {
        LinesBuffer screen = buffer.getScreenBuffer();
        int count = 0;
        for (int row = height - 1; count < most && row >= 0; row--, count++) {
            if (row < screen.getLineCount() && !screen.getLine(row).isNulOrEmpty()) {
                break;
            }
        }
        return count;
    }

    /**
     * The title is a line of text: control characters the core let into it (an ESC inside the
     * string) are left out, as no snapshot could spell them back inside its own title sequence
     * (found by the fuzz tests), and the cap never cuts a surrogate pair in half.
     */
    @Override
    public void setWindowTitle(String name) {
        StringBuilder title = new StringBuilder(Math.min(name.length(), MAX_TITLE_CHARS));
        for (int i = 0; i < name.length() && title.length() < MAX_TITLE_CHARS; i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && title.length() + 1 == MAX_TITLE_CHARS) {
                break;
            }
            if (c >= 0x20 && (c < 0x7F || c > 0x9F)) {
                title.append(c);
            }
        }
        super.setWindowTitle(title.toString());
    }

    @Override
    public void saveWindowTitleOnStack() {
        if (savedTitles.size() == MAX_SAVED_TITLES) {
            savedTitles.removeLast();
        }
        savedTitles.push(engine.title());
    }

    @Override
    public void restoreWindowTitleFromStack() {
        String title = savedTitles.poll();
        if (title != null) {
            setWindowTitle(title);
        }
    }

    /**
     * C1 controls (U+0080 to U+009F) are not characters to show; the core would map them to C0
     * controls and store a NUL as text, which its own line text then loses (a row showing ".J"
     * reads back empty). They are left out, as xterm shows nothing for them either.
     */
    private static String withoutC1Controls(String text) {
        int first = firstC1(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int from = 0, at = first; from < text.length(); at = firstC1(text, from)) {
            int stop = at < 0 ? text.length() : at;
            sb.append(text, from, stop);
            from = stop + 1;
        }
        return sb.toString();
    }

    private static int firstC1(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void useAlternateBuffer(boolean enabled) {
        if (enabled && !getTerminalTextBuffer().isUsingAlternateBuffer()) {
            engine.drainHistory();
        }
        super.useAlternateBuffer(enabled);
    }

    @Override
    public void eraseInDisplay(int arg) {
        super.eraseInDisplay(arg);
        if (arg == 3) {
            engine.scrollback().clear();
        }
    }

    /**
     * Every SGR lands here with a pen the core rebuilt from a builder, which drops the strike
     * subclass: it is carried over, and the command the pre-pass puts after an SGR that turns
     * strikethrough on or off then sets it. Resets (RIS, DECSTR) and restore-cursor set the pen
     * without coming here, so they clear or restore strikethrough with the rest of the pen.
     */
    @Override
    public void characterAttributes(TextStyle style) {
        boolean struck = StruckTextStyle.isStruck(getStyleState().getCurrent());
        super.characterAttributes(struck ? StruckTextStyle.struck(style) : style);
    }

    @Override
    public void processCustomCommand(List<String> args) {
        if (args.size() == 2 && PrivateModeSplitter.STRIKE_COMMAND.equals(args.get(0))) {
            TextStyle pen = getStyleState().getCurrent();
            getStyleState().setCurrent("1".equals(args.get(1)) ? StruckTextStyle.struck(pen) : StruckTextStyle.plain(pen));
            return;
        }
        super.processCustomCommand(args);
    }

    /** Whether strikethrough is in the pen or in the saved cursor's pen, which DECRC brings back. */
    boolean strikeInUse() {
        if (StruckTextStyle.isStruck(getStyleState().getCurrent())) {
            return true;
        }
        StoredCursor saved = storedCursor();
        return saved != null && StruckTextStyle.isStruck(saved.getTextStyle());
    }

    /** 1-based top row of the scroll region. */
    int scrollRegionTop() {
        return readInt(SCROLL_TOP, 1);
    }

    /** 1-based bottom row of the scroll region. */
    int scrollRegionBottom() {
        return readInt(SCROLL_BOTTOM, getTerminalHeight());
    }

    StoredCursor storedCursor() {
        try {
            return (StoredCursor) STORED_CURSOR.get(this);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** The character sets as text (designations of G0..G3, GL, GR, a pending single shift), for comparing engines. */
    String charsetsForTest() {
        int shift = charsets.getGLOverrideIndex();
        int gl = charsets.getGL().getIndex();
        if (shift >= 0) {
            charsets.overrideGL(shift);         // getGL() spent it: put it back
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < 4; g++) {
            sb.append('G').append(g).append('=').append(charsets.getGraphicSet(g).getDesignation()).append(' ');
        }
        return sb.append("GL=").append(gl).append(" GR=").append(charsets.getGR().getIndex())
                .append(" shift=").append(shift).toString();
    }

    /** The main screen's lines while the alternate screen is shown. */
    LinesBuffer mainScreenWhileAlternate() {
        try {
            return (LinesBuffer) SCREEN_BACKUP.get(getTerminalTextBuffer());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the main screen of the emulator", e);
        }
    }

    private int readInt(Field f, int fallback) {
        try {
            return f.getInt(this);
        } catch (IllegalAccessException e) {
            return fallback;
        }
    }

    private void writeInt(Field f, int value) {
        try {
            f.setInt(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set " + f.getName() + " of the emulator", e);
        }
    }

    private static MethodHandle writeDecoded() {
        try {
            return MethodHandles.privateLookupIn(JediTerminal.class, MethodHandles.lookup())
                    .findVirtual(JediTerminal.class, "writeDecodedCharacters", MethodType.methodType(void.class, char[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("emulator core changed: no writeDecodedCharacters(char[]) in JediTerminal");
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("emulator core changed: no field " + name + " in " + type.getName());
        }
    }
}
