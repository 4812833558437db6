package dev.linger.term;

import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.TerminalOutputStream;
import com.techsenger.jeditermfx.core.emulator.JediEmulator;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.TermSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One terminal: JediTerm's emulator and screen, fed bytes as they come, with scrolled-off lines
 * moved into a {@link ScrollbackStore} after every feed so the emulator's own history stays
 * empty. Used headless in the agent and behind the view in the app.
 *
 * <p>Callers serialise {@link #feed}, {@link #resize} and reads; the text buffer's lock is held
 * during each so a painter that takes the same lock sees whole updates.
 */
public final class TerminalEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalEngine.class);
    /** An escape sequence longer than this is not a sequence: it is dropped, not buffered forever. */
    private static final int MAX_PENDING_CHARS = 64 * 1024;
    private static final TerminalOutputStream NO_REPLIES = new TerminalOutputStream() {
        @Override
        public void sendBytes(byte[] bytes, boolean userInput) {
        }

        @Override
        public void sendString(String string, boolean userInput) {
        }
    };

    private final DisplayState display = new DisplayState();
    private final StyleState styleState = new StyleState();
    private final TerminalTextBuffer textBuffer;
    private final EngineTerminal terminal;
    private final JediEmulator emulator;
    private final FeedStream stream = new FeedStream(display::ambiguousCharsAreDoubleWidth);
    private final ScrollbackStore scrollback;
    private final PrivateModeSplitter splitter;
    private final X10ModeTracker x10 = new X10ModeTracker();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer undecoded = ByteBuffer.allocate(0);
    private CharBuffer decoded = CharBuffer.allocate(256);
    /** 0: no limit. */
    private long feedTimeLimitMillis;

    public TerminalEngine(int columns, int rows, int scrollbackLines) {
        this(columns, rows, scrollbackLines, true);
    }

    /**
     * {@code shortcuts} off makes the engine take the core's own (slower) paths wherever it has
     * a faster equivalent of its own: tests feed both the same output and compare the results.
     */
    TerminalEngine(int columns, int rows, int scrollbackLines, boolean shortcuts) {
        TermSize size = JediTerminal.ensureTermMinimumSize(new TermSize(columns, rows));
        textBuffer = new EngineTextBuffer(size.getColumns(), size.getRows(), styleState, shortcuts);
        terminal = new EngineTerminal(this, display, textBuffer, styleState, shortcuts);
        splitter = new PrivateModeSplitter(shortcuts);
        terminal.setTerminalOutput(NO_REPLIES);
        emulator = new JediEmulator(stream, terminal);
        scrollback = new ScrollbackStore(scrollbackLines);
    }

    /** Where replies to the program's queries (cursor position, device attributes) go. */
    public void setReplies(TerminalOutputStream replies) {
        terminal.setTerminalOutput(replies == null ? NO_REPLIES : replies);
    }

    /** A display (the view) that receives every display call after the engine records it. */
    public void setDisplay(TerminalDisplay delegate) {
        display.setDelegate(delegate);
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /**
     * Makes a feed that runs longer than {@code millis} (0: no limit) stop with a
     * {@link FeedTimeoutException}, leaving the engine to be started over by its owner.
     */
    public void setFeedTimeLimit(long millis) {
        feedTimeLimitMillis = millis;
    }

    public long feedTimeLimit() {
        return feedTimeLimitMillis;
    }

    public void feed(byte[] bytes, int off, int len) {
        textBuffer.lock();
        if (feedTimeLimitMillis > 0) {
            stream.timeFor(feedTimeLimitMillis, len);
        }
        try {
            // The core ignores X10 mouse mode, all but the first mode of a DECSET list and
            // strikethrough: all are dealt with here, before its parser, for every user of the engine.
            x10.scan(bytes, off, len);
            splitter.strikeInUse(terminal.strikeInUse());
            splitter.process(bytes, off, len);
            decode(splitter.result(), splitter.offset(), splitter.length());
            runEmulator();
            drainHistory();
        } finally {
            stream.untimed();
            textBuffer.unlock();
        }
    }

    public void resize(int columns, int rows) {
        TermSize size = JediTerminal.ensureTermMinimumSize(new TermSize(columns, rows));
        textBuffer.lock();
        try {
            if (size.getColumns() == textBuffer.getWidth() && size.getRows() == textBuffer.getHeight()) {
                return;
            }
            terminal.resize(size, RequestOrigin.User);
            drainHistory();
        } finally {
            textBuffer.unlock();
        }
    }

    public int columns() {
        return textBuffer.getWidth();
    }

    public int rows() {
        return textBuffer.getHeight();
    }

    public ScrollbackStore scrollback() {
        return scrollback;
    }

    public TerminalTextBuffer textBuffer() {
        return textBuffer;
    }

    public JediTerminal terminal() {
        return terminal;
    }

    EngineTerminal engineTerminal() {
        return terminal;
    }

    public DisplayState display() {
        return display;
    }

    public String title() {
        return display.title();
    }

    /** Whether the program asked for X10 mouse reporting (DECSET 9), which the core does not track. */
    public boolean x10MouseMode() {
        return x10.enabled();
    }

    /** Bytes received but not yet acted on (the start of an unfinished escape sequence). */
    public byte[] pendingBytes() {
        textBuffer.lock();
        try {
            // Oldest first: unparsed characters, then undecoded UTF-8, then a held sequence.
            byte[] chars = new String(stream.pending()).getBytes(StandardCharsets.UTF_8);
            byte[] partial = new byte[undecoded.remaining()];
            undecoded.duplicate().get(partial);
            byte[] held = splitter.held();
            byte[] all = new byte[chars.length + partial.length + held.length];
            System.arraycopy(chars, 0, all, 0, chars.length);
            System.arraycopy(partial, 0, all, chars.length, partial.length);
            System.arraycopy(held, 0, all, chars.length + partial.length, held.length);
            return all;
        } finally {
            textBuffer.unlock();
        }
    }

    /** The screen as text, one string per row, NUL cells as spaces, trailing blanks trimmed. */
    public List<String> screenLines() {
        textBuffer.lock();
        try {
            List<String> rows = new ArrayList<>(textBuffer.getHeight());
            for (int y = 0; y < textBuffer.getHeight(); y++) {
                rows.add(CellText.plain(textBuffer.getLine(y)).stripTrailing());
            }
            return rows;
        } finally {
            textBuffer.unlock();
        }
    }

    /** Scrollback then screen as text, trailing blank rows of the screen dropped. */
    public List<String> historyAndScreenLines() {
        textBuffer.lock();
        try {
            List<String> all = new ArrayList<>(scrollback.size() + textBuffer.getHeight());
            for (int i = 0; i < scrollback.size(); i++) {
                all.add(scrollback.text(i).stripTrailing());
            }
            all.addAll(screenLines());
            int end = all.size();
            while (end > 0 && all.get(end - 1).isEmpty()) {
                end--;
            }
            return new ArrayList<>(all.subList(0, end));
        } finally {
            textBuffer.unlock();
        }
    }

    /** Moves whatever the emulator put in its history into the scrollback store. */
    void drainHistory() {
        LinesBuffer history = textBuffer.getHistoryBuffer();
        int n = history.getLineCount();
        if (n == 0) {
            return;
        }
        if (!textBuffer.isUsingAlternateBuffer()) {
            for (int i = 0; i < n; i++) {
                TerminalLine line = history.getLine(i);
                scrollback.append(LineCodec.encode(line));
            }
        }
        history.removeTopLines(n);
    }

    private void decode(byte[] bytes, int off, int len) {
        ByteBuffer in;
        if (undecoded.hasRemaining()) {
            in = ByteBuffer.allocate(undecoded.remaining() + len);
            in.put(undecoded).put(bytes, off, len).flip();
        } else {
            in = ByteBuffer.wrap(bytes, off, len);
        }
        if (decoded.capacity() < len + 16) {
            decoded = CharBuffer.allocate(len + 16);
        }
        decoded.clear();
        decoder.decode(in, decoded, false);
        decoded.flip();
        stream.append(decoded.array(), 0, decoded.limit());
        if (in.hasRemaining()) {
            ByteBuffer rest = ByteBuffer.allocate(in.remaining());
            rest.put(in).flip();
            undecoded = rest;
        } else {
            undecoded = ByteBuffer.allocate(0);
        }
    }

    private void dropIfTooLong() {
        if (stream.available() > MAX_PENDING_CHARS) {
            LOG.debug("dropping an unterminated sequence of {} chars", stream.available());
            stream.clear();
        }
    }

    private void runEmulator() {
        if (stream.cannotEndUnfinished()) {
            dropIfTooLong();
            return;
        }
        while (!stream.isEmpty()) {
            if (stream.skipInterruptedString()) {
                continue;
            }
            stream.mark();
            try {
                emulator.next();
            } catch (FeedTimeoutException e) {
                // What the core looped on is dropped, so an owner that goes on has a usable engine.
                stream.clear();
                throw e;
            } catch (Exception | AssertionError e) {
                // A sequence the core chokes on must not stop the terminal: skip it and go on.
                LOG.debug("emulator rejected input: {}", e.toString());
                continue;
            }
            if (stream.ranDry()) {
                stream.rewind();
                emulator.resetEof();
                dropIfTooLong();
                return;
            }
        }
    }
}
