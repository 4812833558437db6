package dev.linger.app.terminal;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.TerminalMode;
import com.techsenger.jeditermfx.core.TerminalOutputStream;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalSelection;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.TermSize;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.BoundedRangeModel;
import javax.swing.DefaultBoundedRangeModel;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import java.awt.AWTEvent;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.FocusEvent;
import java.awt.event.InputMethodEvent;
import java.awt.event.KeyEvent;
import java.awt.im.InputMethodRequests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Linger's terminal widget: a Swing component that shows a {@link TerminalEngine} (the JediTerm
 * emulator core plus Linger's scrollback store) and is the core's {@link TerminalDisplay}.
 *
 * <p>Threads: output is fed to the engine on the connector's reader thread; display callbacks
 * from the core arrive on that thread too and only record that a frame is wanted. Everything
 * else happens on the event thread: a frame (at most 60 per second) compares each visible row
 * with what was last painted and repaints only the rows that changed; painting copies those rows
 * out of the emulator under its lock, then draws without holding it.
 */
public class TerminalView extends JComponent implements TerminalDisplay {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalView.class);
    /** Bound property: the window title the program set. */
    public static final String TITLE_PROPERTY = "terminalTitle";
    /** Bound property: the connection ended; the new value is the exit code (-1 if unknown). */
    public static final String CLOSED_PROPERTY = "terminalClosed";
    /** Bound property: columns × rows changed; the new value is a {@link Dimension}. */
    public static final String GRID_PROPERTY = "terminalGrid";
    /** Bound property, fired on the event thread: the program rang the bell (new value: a count). */
    public static final String BELL_PROPERTY = "terminalBell";
    public static final int DEFAULT_SCROLLBACK_LINES = 10_000;
    /** Longer pastes are refused: they are almost certainly a mistake, and would queue megabytes. */
    public static final int MAX_PASTE_CHARS = 8 * 1024 * 1024;
    private static final int BLINK_MILLIS = 530;
    private static final long BELL_NANOS = 150_000_000L;

    private final TerminalEngine engine;
    private final LineSource lines;
    private final Viewport viewport = new Viewport();
    private final SearchModel search = new SearchModel();
    private final Shortcuts shortcuts = new Shortcuts(Shortcuts.isMac());
    private final KeyInput keys;
    /** Alt sends ESC-prefixed characters; on macOS Option composes characters instead. */
    private final boolean altIsMeta;
    private final FrameScheduler frames;
    private final DefaultBoundedRangeModel scrollModel = new DefaultBoundedRangeModel(0, 1, 0, 1);
    private final Timer blinkTimer;
    private final TerminalMouse mouse;
    private final Ime ime = new Ime();

    private FontSet fonts;
    private float defaultFontSize;
    private CellMetrics metrics;
    private ColorScheme colors;
    private TerminalPainter painter;
    private SelectionText selectionText;

    private volatile TerminalConnector connector;
    private volatile long bellUntil;
    private volatile int exitCode = Integer.MIN_VALUE;
    private boolean updatingScrollModel;
    private boolean swallowTyped;
    private boolean blinkOn = true;
    private boolean bellShown;
    private Selection selection;
    private final SelectionGuard selectionGuard = new SelectionGuard();
    private HoverLink hoverLink;
    private String preedit = "";
    private long[] paintedRows = new long[0];
    private CellRow[] rowBuffers = new CellRow[0];
    private int preferredColumns = 80;
    private int preferredRows = 24;
    private PasteConfirmer pasteConfirmer = PasteConfirmer.DIALOG;
    private Consumer<URI> linkOpener = LinkOpener::open;
    private Runnable findRequest = () -> { };
    private java.util.function.Predicate<KeyEvent> applicationKeys = e -> false;
    private long bells;

    /** A link under the pointer while Ctrl (Cmd) is held: cells [startCol, endCol) of a line. */
    record HoverLink(long line, int startCol, int endCol, String url) {
    }

    public TerminalView() {
        this(DEFAULT_SCROLLBACK_LINES);
    }

    public TerminalView(int scrollbackLines) {
        engine = new TerminalEngine(preferredColumns, preferredRows, scrollbackLines);
        engine.setFeedTimeLimit(dev.linger.term.EngineRestart.FEED_TIME_LIMIT_MS);
        engine.setDisplay(this);
        lines = new LineSource(engine);
        colors = ColorScheme.fromLookAndFeel();
        Font uiFont = UIManager.getFont("Label.font");
        defaultFontSize = uiFont == null ? 13f : Math.max(10f, uiFont.getSize2D());
        frames = new FrameScheduler(FrameScheduler.displayRefreshRate(), this::frame);
        applyFonts(new FontSet(FontSet.defaultFamily(), defaultFontSize));
        altIsMeta = !Shortcuts.isMac();
        keys = new KeyInput(new KeyTarget(), altIsMeta);
        blinkTimer = new Timer(BLINK_MILLIS, e -> {
            blinkOn = !blinkOn;
            frames.request();
        });
        mouse = new TerminalMouse(this);
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        setName("terminal");
        // A little air between the text and the window edge, as most terminals leave.
        setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 4, 2, 2));
        setOpaque(true);
        setFocusable(true);
        setFocusTraversalKeysEnabled(false);
        enableInputMethods(true);
        enableEvents(AWTEvent.KEY_EVENT_MASK | AWTEvent.INPUT_METHOD_EVENT_MASK | AWTEvent.FOCUS_EVENT_MASK);
        scrollModel.addChangeListener(e -> {
            if (!updatingScrollModel) {
                scrollToModelValue();
            }
        });
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                updateGrid();
            }
        });
    }

    // ---------------------------------------------------------------- connection

    /** Attaches a connector and starts it; output then flows into this view. */
    public void connect(TerminalConnector c) {
        if (connector != null) {
            throw new IllegalStateException("already connected");
        }
        connector = c;
        engine.setReplies(c.answersQueriesLocally() ? new Replies(c) : null);
        c.start(new TerminalConnector.Listener() {
            @Override
            public void output(byte[] buffer, int offset, int length) {
                feed(buffer, offset, length);
            }

            @Override
            public void closed(int code) {
                exitCode = code;
                SwingUtilities.invokeLater(() -> firePropertyChange(CLOSED_PROPERTY, null, code));
            }
        });
        c.resize(engine.columns(), engine.rows());
    }

    public TerminalConnector connector() {
        return connector;
    }

    /** Closes the connector (ends a local shell) and stops the view's timers. */
    public void close() {
        TerminalConnector c = connector;
        if (c != null) {
            c.close();
        }
        blinkTimer.stop();
        frames.stop();
    }

    /** The exit code once the connection has ended, else null. */
    public Integer exitCode() {
        int code = exitCode;
        return code == Integer.MIN_VALUE ? null : code;
    }

    /** Program output: parsed now (any thread, but one at a time), shown at the next frame. */
    public void feed(byte[] buffer, int offset, int length) {
        try {
            engine.feed(buffer, offset, length);
        } catch (dev.linger.term.FeedTimeoutException e) {
            // The core looped on the output: the engine dropped what it looped on and goes on.
            LOG.warn("terminal output the emulator could not handle was dropped: {}", e.getMessage());
        }
        frames.request();
    }

    public TerminalEngine engine() {
        return engine;
    }

    /**
     * Replaces the whole terminal state at once (an attach snapshot): {@code loader} runs under the
     * emulator's lock, so a frame never paints half of it; afterwards the view follows the live
     * screen and repaints everything. Any thread, serialised with {@link #feed}.
     */
    public void replaceState(Consumer<TerminalEngine> loader) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            loader.accept(engine);
        } finally {
            tb.unlock();
        }
        SwingUtilities.invokeLater(() -> {
            selection = null;
            viewport.scrollToBottom();
            repaintAll();
        });
    }

    /**
     * Keys the application around the view takes (its menus' accelerators): they never reach the
     * program. Checked before the program gets a key press.
     */
    public void setApplicationKeys(java.util.function.Predicate<KeyEvent> keys) {
        applicationKeys = keys == null ? e -> false : keys;
    }

    /**
     * Sets the grid from the component's size now, instead of at the next resize event: a container
     * that has just laid the view out calls this before it connects, so the program starts at the
     * size it is shown at.
     */
    public void fitGridToSize() {
        updateGrid();
    }

    private static final class Replies implements TerminalOutputStream {
        private final TerminalConnector connector;

        Replies(TerminalConnector connector) {
            this.connector = connector;
        }

        @Override
        public void sendBytes(byte[] bytes, boolean userInput) {
            connector.write(bytes.clone());
        }

        @Override
        public void sendString(String string, boolean userInput) {
            connector.write(string.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- input

    /** Sends bytes as the user's input: scrolls back to the live screen and shows the cursor. */
    public void sendUserInput(byte[] bytes) {
        TerminalConnector c = connector;
        if (c == null || bytes.length == 0) {
            return;
        }
        c.write(bytes);
        viewport.scrollToBottom();
        blinkOn = true;
        if (blinkTimer.isRunning()) {
            blinkTimer.restart();
        }
        frames.request();
    }

    /** Sends text as if typed. */
    public void sendText(String text) {
        sendUserInput(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes for the program without the side effects of typing (mouse reports). */
    void sendReport(byte[] bytes) {
        TerminalConnector c = connector;
        if (c != null && bytes != null) {
            c.write(bytes);
        }
    }

    @Override
    protected void processKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            // A shortcut's press also produces a character event (Ctrl+Shift+V types ^V):
            // it must not reach the program either.
            swallowTyped = false;
            Shortcuts.Action action = shortcuts.action(e);
            if (action != null) {
                swallowTyped = true;
                runShortcut(action);
                e.consume();
                return;
            }
            if (shortcuts.reservedForApplication(e) || applicationKeys.test(e)) {
                swallowTyped = true;
                super.processKeyEvent(e);
                return;
            }
            if (connector != null && keys.keyPressed(e)) {
                hoverLink = null;
                e.consume();
                return;
            }
            if (connector != null && altIsMeta && e.isAltDown() && !e.isControlDown() && !e.isAltGraphDown()
                    && e.getKeyChar() != KeyEvent.CHAR_UNDEFINED) {
                // Alt+letter is Meta+letter for the program (sent with the character event):
                // menu mnemonics must not take it.
                e.consume();
                return;
            }
        } else if (e.getID() == KeyEvent.KEY_TYPED) {
            if (swallowTyped || connector == null) {
                swallowTyped = false;
                super.processKeyEvent(e);
                return;
            }
            if (keys.keyTyped(e)) {
                e.consume();
                return;
            }
        } else if (e.getID() == KeyEvent.KEY_RELEASED) {
            swallowTyped = false;
            keys.keyReleased();
            mouse.modifiersChanged(e);
        }
        super.processKeyEvent(e);
    }

    private void runShortcut(Shortcuts.Action action) {
        switch (action) {
            case COPY -> copySelection();
            case PASTE -> pasteClipboard();
            case FIND -> findRequest.run();
            case SELECT_ALL -> selectAll();
            case ZOOM_IN -> setFontSize(fonts.size() + 1);
            case ZOOM_OUT -> setFontSize(fonts.size() - 1);
            case ZOOM_RESET -> setFontSize(defaultFontSize);
            case PAGE_UP -> scrollLines(-Math.max(1, engine.rows() - 1));
            case PAGE_DOWN -> scrollLines(Math.max(1, engine.rows() - 1));
            case TOP -> scrollToTop();
            case BOTTOM -> scrollToBottom();
            default -> { }
        }
    }

    /** Key encoding reads the emulator's modes, which the reader thread changes: under its lock. */
    private final class KeyTarget implements KeyInput.Target {
        @Override
        public byte[] codeForKey(int keyCode, int modifiers) {
            TerminalTextBuffer tb = engine.textBuffer();
            tb.lock();
            try {
                return engine.terminal().getCodeForKey(keyCode, modifiers);
            } finally {
                tb.unlock();
            }
        }

        @Override
        public boolean applicationKeypad() {
            return engine.terminal().isModelEnabled(TerminalMode.Keypad);
        }

        @Override
        public void sendKeys(byte[] bytes) {
            sendUserInput(bytes);
        }
    }

    @Override
    protected void processInputMethodEvent(InputMethodEvent e) {
        ime.handle(e);
        super.processInputMethodEvent(e);
    }

    @Override
    public InputMethodRequests getInputMethodRequests() {
        return ime;
    }

    /** Input methods: committed text is typed, text being composed is shown at the cursor. */
    private final class Ime extends ImeRequests {
        void handle(InputMethodEvent e) {
            if (e.getID() != InputMethodEvent.INPUT_METHOD_TEXT_CHANGED) {
                return;
            }
            StringBuilder committed = new StringBuilder();
            StringBuilder composed = new StringBuilder();
            var text = e.getText();
            if (text != null) {
                int n = 0;
                for (char c = text.first(); c != java.text.CharacterIterator.DONE; c = text.next(), n++) {
                    (n < e.getCommittedCharacterCount() ? committed : composed).append(c);
                }
            }
            if (committed.length() > 0 && connector != null) {
                keys.commitText(committed.toString());
            }
            preedit = composed.toString();
            frames.request();
            e.consume();
        }

        @Override
        Rectangle caretBounds() {
            Rectangle r = cursorCellBounds();
            Point p = getLocationOnScreenSafely();
            r.translate(p.x, p.y);
            return r;
        }
    }

    private Point getLocationOnScreenSafely() {
        return isShowing() ? getLocationOnScreen() : new Point();
    }

    @Override
    protected void processFocusEvent(FocusEvent e) {
        super.processFocusEvent(e);
        if (e.getID() == FocusEvent.FOCUS_GAINED) {
            blinkOn = true;
            blinkTimer.restart();
        } else {
            blinkTimer.stop();
            blinkOn = true;
        }
        frames.request();
    }

    // ---------------------------------------------------------------- selection and clipboard

    public Selection selection() {
        return selection;
    }

    void setSelection(Selection s) {
        selection = s == null || s.isEmpty() ? null : s;
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            selectionGuard.remember(selection, lines.totalAppended(), engine.columns(), selectionText);
        } finally {
            tb.unlock();
        }
        frames.request();
    }

    public void clearSelection() {
        setSelection(null);
    }

    public void selectAll() {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            setSelection(new Selection(new GridPos(lines.firstLine(), 0), new GridPos(lines.endLine() - 1, engine.columns()), false));
        } finally {
            tb.unlock();
        }
    }

    /** The selected text, "" without a selection. */
    public String selectedText() {
        Selection s = selection;
        if (s == null) {
            return "";
        }
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            return selectionText.text(s, engine.columns());
        } finally {
            tb.unlock();
        }
    }

    public void copySelection() {
        String text = selectedText();
        if (!text.isEmpty()) {
            setClipboard(Toolkit.getDefaultToolkit().getSystemClipboard(), text);
        }
    }

    /** X11's primary selection gets every finished mouse selection. */
    void selectionFinished() {
        Clipboard primary = Toolkit.getDefaultToolkit().getSystemSelection();
        String text = selectedText();
        if (primary != null && !text.isEmpty()) {
            setClipboard(primary, text);
        }
    }

    private static void setClipboard(Clipboard clipboard, String text) {
        try {
            StringSelection contents = new StringSelection(text);
            clipboard.setContents(contents, contents);
        } catch (IllegalStateException e) {
            LOG.warn("clipboard unavailable: {}", e.getMessage());
        }
    }

    public void pasteClipboard() {
        paste(clipboardText(Toolkit.getDefaultToolkit().getSystemClipboard()));
    }

    /** Middle click on X11: pastes the primary selection. */
    void pastePrimarySelection() {
        Clipboard primary = Toolkit.getDefaultToolkit().getSystemSelection();
        if (primary != null) {
            paste(clipboardText(primary));
        }
    }

    private static String clipboardText(Clipboard clipboard) {
        try {
            if (clipboard.isDataFlavorAvailable(DataFlavor.stringFlavor)) {
                return (String) clipboard.getData(DataFlavor.stringFlavor);
            }
        } catch (Exception e) {
            // Another application may hold the clipboard or offer broken data: paste nothing.
            LOG.warn("cannot read the clipboard: {}", e.toString());
        }
        return null;
    }

    /**
     * Pastes text: bracketed when the program enabled bracketed paste; otherwise text with line
     * breaks is pasted only if the {@link PasteConfirmer} agrees.
     */
    public void paste(String text) {
        if (text == null || text.isEmpty() || connector == null) {
            return;
        }
        if (text.length() > MAX_PASTE_CHARS) {
            JOptionPane.showMessageDialog(this, "The clipboard holds " + text.length() + " characters; at most "
                    + MAX_PASTE_CHARS + " can be pasted.", "Paste too large", JOptionPane.WARNING_MESSAGE);
            return;
        }
        boolean bracketed = engine.display().bracketedPaste();
        if (!bracketed && PasteText.hasLineBreak(text)) {
            boolean yes = pasteConfirmer.confirm(this, text, PasteText.lineCount(text));
            requestFocusInWindow();
            if (!yes) {
                return;
            }
        }
        sendUserInput(PasteText.encode(text, bracketed));
    }

    public void setPasteConfirmer(PasteConfirmer confirmer) {
        pasteConfirmer = confirmer;
    }

    // ---------------------------------------------------------------- links and find

    /** Where Ctrl/Cmd+click on a URL sends it (default: the desktop's browser). */
    public void setLinkOpener(Consumer<URI> opener) {
        linkOpener = opener;
    }

    void openLink(String url) {
        try {
            linkOpener.accept(URI.create(url));
        } catch (IllegalArgumentException e) {
            LOG.info("not a URI: {}", url);
        }
    }

    HoverLink hoverLink() {
        return hoverLink;
    }

    void setHoverLink(HoverLink link) {
        if (!java.util.Objects.equals(link, hoverLink)) {
            hoverLink = link;
            frames.request();
        }
    }

    /** The link under cell ({@code col}, {@code row} of the view), or null. */
    HoverLink linkAt(int col, int row) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            long abs = viewport.top(lines.historySize(), lines.totalAppended()) + row;
            CellRow cells = new CellRow();
            cells.load(lines.line(abs), engine.columns(), colors);
            RowText text = RowText.of(cells);
            for (UrlDetector.Link link : UrlDetector.find(text.text)) {
                int from = text.column(link.start());
                int to = text.endColumn(link.end(), cells);
                if (col >= from && col < to) {
                    return new HoverLink(abs, from, to, link.url());
                }
            }
            return null;
        } finally {
            tb.unlock();
        }
    }

    /** What the find shortcut does (the panel around the view opens its find bar). */
    public void setFindRequest(Runnable request) {
        findRequest = request;
    }

    /** Searches history and screen; the newest match becomes current and is scrolled into view. */
    public int find(String query, boolean matchCase) {
        Pattern p = SearchModel.compile(query, matchCase);
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            search.search(p, lines, colors, engine.columns());
        } finally {
            tb.unlock();
        }
        revealMatch(search.current());
        return search.matches().size();
    }

    /** Moves to the next older match and scrolls to it. */
    public SearchModel.Match findOlder() {
        return revealMatch(search.older());
    }

    /** Moves to the next newer match and scrolls to it. */
    public SearchModel.Match findNewer() {
        return revealMatch(search.newer());
    }

    public void endFind() {
        search.clear();
        repaintAll();
    }

    public SearchModel searchModel() {
        return search;
    }

    private SearchModel.Match revealMatch(SearchModel.Match m) {
        if (m != null) {
            TerminalTextBuffer tb = engine.textBuffer();
            tb.lock();
            try {
                viewport.reveal(m.line(), engine.rows(), lines.historySize(), lines.totalAppended());
            } finally {
                tb.unlock();
            }
        }
        repaintAll();
        return m;
    }

    // ---------------------------------------------------------------- scrolling

    /** The scrollbar's model: value = history lines above the first visible row. */
    public BoundedRangeModel scrollModel() {
        return scrollModel;
    }

    /** Scrolls by {@code n} lines, negative towards older output. */
    public void scrollLines(int n) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            viewport.scrollBy(n, lines.historySize(), lines.totalAppended());
        } finally {
            tb.unlock();
        }
        frames.request();
    }

    public void scrollToTop() {
        scrollLines(Integer.MIN_VALUE / 2);
    }

    public void scrollToBottom() {
        viewport.scrollToBottom();
        frames.request();
    }

    /** True while the view shows the live screen (not scrolled back). */
    public boolean isFollowing() {
        return viewport.following();
    }

    /** Lines of history above the first visible row (0 when following). */
    public int linesScrolledBack() {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            return (int) (lines.totalAppended() - viewport.top(lines.historySize(), lines.totalAppended()));
        } finally {
            tb.unlock();
        }
    }

    private void scrollToModelValue() {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            long first = lines.firstLine();
            viewport.scrollTo(first + scrollModel.getValue(), lines.historySize(), lines.totalAppended());
        } finally {
            tb.unlock();
        }
        frames.request();
    }

    private void updateScrollModel(int historySize, long totalAppended, int rows) {
        int value = viewport.linesAbove(historySize, totalAppended);
        int max = historySize + rows;
        if (scrollModel.getValue() != value || scrollModel.getMaximum() != max || scrollModel.getExtent() != rows) {
            updatingScrollModel = true;
            try {
                scrollModel.setRangeProperties(value, rows, 0, max, false);
            } finally {
                updatingScrollModel = false;
            }
        }
    }

    // ---------------------------------------------------------------- grid, fonts and colours

    public int columns() {
        return engine.columns();
    }

    public int rows() {
        return engine.rows();
    }

    public CellMetrics cellMetrics() {
        return metrics;
    }

    public FontSet fontSet() {
        return fonts;
    }

    public ColorScheme colorScheme() {
        return colors;
    }

    /** The grid the view asks its container for (80×24 unless set). */
    public void setPreferredGrid(int columns, int rows) {
        preferredColumns = Math.max(2, columns);
        preferredRows = Math.max(1, rows);
        revalidate();
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        return new Dimension(preferredColumns * metrics.width() + in.left + in.right,
                preferredRows * metrics.height() + in.top + in.bottom);
    }

    @Override
    public Dimension getMinimumSize() {
        Insets in = getInsets();
        return new Dimension(2 * metrics.width() + in.left + in.right, metrics.height() + in.top + in.bottom);
    }

    public void setFontFamily(String family) {
        applyFonts(fonts.withFamily(family));
    }

    /** Font size in points, kept within 6..72; the grid is recomputed for the new cells. */
    public void setFontSize(float size) {
        applyFonts(fonts.withSize(Math.max(6f, Math.min(72f, size))));
    }

    public float defaultFontSize() {
        return defaultFontSize;
    }

    private void applyFonts(FontSet next) {
        fonts = next;
        metrics = CellMetrics.of(next);
        rebuildPainter();
        revalidate();
        updateGrid();
    }

    private void rebuildPainter() {
        painter = new TerminalPainter(fonts, metrics, colors);
        selectionText = new SelectionText(lines, colors);
        repaintAll();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (fonts != null) {
            colors = ColorScheme.fromLookAndFeel();
            rebuildPainter();
        }
    }

    /** Recomputes columns and rows from the size; tells the engine and the program when they change. */
    void updateGrid() {
        if (metrics == null || engine == null) {
            return;
        }
        Insets in = getInsets();
        int w = getWidth() - in.left - in.right;
        int h = getHeight() - in.top - in.bottom;
        if (w <= 0 || h <= 0) {
            return;
        }
        int cols = metrics.columnsFor(w);
        int rowCount = metrics.rowsFor(h);
        if (cols == engine.columns() && rowCount == engine.rows()) {
            return;
        }
        engine.resize(cols, rowCount);
        TerminalConnector c = connector;
        if (c != null) {
            c.resize(engine.columns(), engine.rows());
        }
        selection = null;
        repaintAll();
        firePropertyChange(GRID_PROPERTY, null, new Dimension(engine.columns(), engine.rows()));
    }

    private void repaintAll() {
        paintedRows = new long[0];
        repaint();
        frames.request();
    }

    // ---------------------------------------------------------------- coordinates

    /** The cell (column, row of the view) under a point, clamped to the grid. */
    Point cellAt(Point p) {
        Insets in = getInsets();
        int col = Math.floorDiv(p.x - in.left, metrics.width());
        int row = Math.floorDiv(p.y - in.top, metrics.height());
        return new Point(Math.max(0, Math.min(engine.columns() - 1, col)), Math.max(0, Math.min(engine.rows() - 1, row)));
    }

    /** The cell boundary nearest a point, as a selection position. */
    GridPos boundaryAt(Point p) {
        Insets in = getInsets();
        int col = Math.round((p.x - in.left) / (float) metrics.width());
        col = Math.max(0, Math.min(engine.columns(), col));
        Point cell = cellAt(p);
        return new GridPos(absoluteLine(cell.y), col);
    }

    long absoluteLine(int viewRow) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            return viewport.top(lines.historySize(), lines.totalAppended()) + viewRow;
        } finally {
            tb.unlock();
        }
    }

    /** Pixel bounds of cell ({@code col}, {@code row}) of the view. */
    public Rectangle cellBounds(int col, int row) {
        Insets in = getInsets();
        return new Rectangle(in.left + col * metrics.width(), in.top + row * metrics.height(), metrics.width(), metrics.height());
    }

    private Rectangle cursorCellBounds() {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            int x = engine.terminal().getCursorX() - 1;
            int y = engine.terminal().getCursorY() - 1;
            long top = viewport.top(lines.historySize(), lines.totalAppended());
            int row = (int) (lines.totalAppended() + y - top);
            return cellBounds(Math.max(0, x), Math.max(0, row));
        } finally {
            tb.unlock();
        }
    }

    SelectionText selectionText() {
        return selectionText;
    }

    LineSource lineSource() {
        return lines;
    }

    Viewport viewport() {
        return viewport;
    }

    /** The mouse tracking the program asked for; none while scrolled back into history. */
    MouseReporter.Mode mouseReportingMode() {
        if (connector == null || !viewport.following()) {
            return MouseReporter.Mode.NONE;
        }
        if (engine.x10MouseMode()) {
            return MouseReporter.Mode.X10;
        }
        MouseMode mode = engine.display().mouseMode();
        if (mode == null) {
            return MouseReporter.Mode.NONE;
        }
        return switch (mode) {
            case MOUSE_REPORTING_NORMAL, MOUSE_REPORTING_HILITE -> MouseReporter.Mode.NORMAL;
            case MOUSE_REPORTING_BUTTON_MOTION -> MouseReporter.Mode.BUTTON_EVENT;
            case MOUSE_REPORTING_ALL_MOTION -> MouseReporter.Mode.ANY_EVENT;
            default -> MouseReporter.Mode.NONE;
        };
    }

    MouseReporter.Format mouseReportingFormat() {
        MouseFormat f = engine.display().mouseFormat();
        if (f == null) {
            return MouseReporter.Format.DEFAULT;
        }
        return switch (f) {
            case MOUSE_FORMAT_SGR -> MouseReporter.Format.SGR;
            case MOUSE_FORMAT_URXVT -> MouseReporter.Format.URXVT;
            case MOUSE_FORMAT_XTERM_EXT -> MouseReporter.Format.UTF8;
            default -> MouseReporter.Format.DEFAULT;
        };
    }

    boolean usingAlternateScreen() {
        return engine.textBuffer().isUsingAlternateBuffer();
    }

    byte[] codeForKey(int keyCode) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            return engine.terminal().getCodeForKey(keyCode, 0);
        } finally {
            tb.unlock();
        }
    }

    // ---------------------------------------------------------------- frames and painting

    /** Per frame: sync the scrollbar, then repaint the rows whose look changed since last painted. */
    private void frame() {
        int rowCount;
        boolean all;
        boolean[] dirty;
        boolean bell = System.nanoTime() < bellUntil;
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            rowCount = engine.rows();
            int hs = lines.historySize();
            long total = lines.totalAppended();
            updateScrollModel(hs, total, rowCount);
            long top = viewport.top(hs, total);
            if (selection != null && selectionGuard.overwritten(selection, total, engine.columns(), selectionText)) {
                selection = null;
            }
            all = paintedRows.length != rowCount || bell != bellShown;
            if (paintedRows.length != rowCount) {
                paintedRows = new long[rowCount];
            }
            dirty = new boolean[rowCount];
            CursorState cursor = cursorState(total);
            for (int r = 0; r < rowCount; r++) {
                long abs = top + r;
                long sig = lines.signature(abs) * 31 + overlaySignature(abs, cursor);
                if (all || sig != paintedRows[r]) {
                    paintedRows[r] = sig;
                    dirty[r] = true;
                }
            }
        } finally {
            tb.unlock();
        }
        boolean bellStarted = bell && !bellShown;
        bellShown = bell;
        if (bellStarted) {
            // One more frame when the flash is over, to take it away.
            Timer end = new Timer((int) (BELL_NANOS / 1_000_000) + 5, e -> frames.request());
            end.setRepeats(false);
            end.start();
        }
        if (all) {
            repaint();
            return;
        }
        Insets in = getInsets();
        int ch = metrics.height();
        for (int r = 0; r < rowCount; ) {
            if (!dirty[r]) {
                r++;
                continue;
            }
            int end = r;
            while (end < rowCount && dirty[end]) {
                end++;
            }
            repaint(0, in.top + r * ch, getWidth(), (end - r) * ch);
            r = end;
        }
    }

    /** Where and how the cursor shows this frame. Caller holds the lock. */
    private record CursorState(long line, int col, boolean visible, CursorShape shape, boolean focused) {
    }

    private CursorState cursorState(long totalAppended) {
        int x = engine.terminal().getCursorX() - 1;
        int y = engine.terminal().getCursorY() - 1;
        CursorShape shape = engine.display().cursorShape();
        if (shape == null) {
            shape = CursorShape.BLINK_BLOCK;
        }
        boolean focused = isFocusOwner();
        boolean blinkVisible = !focused || !shape.isBlinking() || blinkOn;
        boolean visible = engine.display().cursorVisible() && blinkVisible;
        return new CursorState(totalAppended + y, Math.max(0, Math.min(engine.columns() - 1, x)), visible, shape, focused);
    }

    /** Everything besides the text that changes how a line looks. */
    private long overlaySignature(long abs, CursorState cursor) {
        long h = 17;
        Selection s = selection;
        if (s != null) {
            int[] span = s.span(abs, engine.columns());
            if (span != null) {
                h = h * 31 + span[0] * 1009L + span[1];
            }
        }
        if (abs == cursor.line) {
            h = h * 31 + 1 + cursor.col * 7L + (cursor.visible ? 3 : 0) + cursor.shape.ordinal() * 101L
                    + (cursor.focused ? 5 : 0) + preedit.hashCode() * 13L;
        }
        if (search.active()) {
            h = h * 31 + System.identityHashCode(search.pattern());
            SearchModel.Match m = search.current();
            if (m != null && m.line() == abs) {
                h = h * 31 + m.startCol() + 1;
            }
        }
        HoverLink link = hoverLink;
        if (link != null && link.line() == abs) {
            h = h * 31 + link.startCol() * 3L + link.endCol();
        }
        TerminalLine line = lines.line(abs);
        if (line != null && !blinkOn && LineSignature.blinks(line)) {
            h = h * 31 + 7;
        }
        return h;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            applyRenderingHints(g);
            Rectangle clip = g.getClipBounds();
            if (clip == null) {
                clip = new Rectangle(0, 0, getWidth(), getHeight());
            }
            g.setColor(colors.awt(colors.background()));
            g.fillRect(clip.x, clip.y, clip.width, clip.height);
            Insets in = getInsets();
            int ch = metrics.height();
            int first;
            int last;
            CursorState cursor;
            long top;
            TerminalTextBuffer tb = engine.textBuffer();
            tb.lock();
            try {
                int rowCount = engine.rows();
                int cols = engine.columns();
                first = Math.max(0, (clip.y - in.top) / ch);
                last = Math.min(rowCount - 1, (clip.y + clip.height - 1 - in.top) / ch);
                if (rowBuffers.length < rowCount) {
                    CellRow[] grown = java.util.Arrays.copyOf(rowBuffers, rowCount);
                    for (int i = rowBuffers.length; i < rowCount; i++) {
                        grown[i] = new CellRow();
                    }
                    rowBuffers = grown;
                }
                long total = lines.totalAppended();
                top = viewport.top(lines.historySize(), total);
                cursor = cursorState(total);
                for (int r = first; r <= last; r++) {
                    long abs = top + r;
                    CellRow row = rowBuffers[r];
                    row.load(lines.line(abs), cols, colors);
                    decorate(row, abs, cursor);
                }
            } finally {
                tb.unlock();
            }
            painter.setBlinkingTextVisible(blinkOn);
            for (int r = first; r <= last; r++) {
                painter.paintRow(g, rowBuffers[r], in.left, in.top + r * ch);
            }
            int cursorRow = (int) (cursor.line - top);
            if (cursor.visible && cursorRow >= first && cursorRow <= last) {
                int col = cursor.col + preeditColumns();
                if (col < engine.columns()) {
                    CellRow row = rowBuffers[cursorRow];
                    int cells = (row.flags(col) & CellRow.WIDE) != 0 ? 2 : 1;
                    Rectangle cell = cellBounds(col, cursorRow);
                    painter.paintCursorOverlay(g, cursor.shape, cursor.focused, cell.x, cell.y, cells);
                }
            }
            if (bellShown) {
                java.awt.Color fg = colors.awt(colors.foreground());
                g.setColor(new java.awt.Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 60));
                g.fillRect(clip.x, clip.y, clip.width, clip.height);
            }
        } finally {
            g.dispose();
        }
    }

    private int preeditColumns() {
        int n = 0;
        for (int i = 0; i < preedit.length(); ) {
            int cp = preedit.codePointAt(i);
            i += Character.charCount(cp);
            n += com.techsenger.jeditermfx.core.util.CharUtils.isDoubleWidthCharacter(cp, false) ? 2 : 1;
        }
        return n;
    }

    /** Applies search matches, the selection, a hovered link, IME text and a block cursor to a row. */
    private void decorate(CellRow row, long abs, CursorState cursor) {
        if (search.active()) {
            List<SearchModel.Match> found = new ArrayList<>();
            SearchModel.collect(search.pattern(), row, abs, found);
            SearchModel.Match current = search.current();
            for (SearchModel.Match m : found) {
                boolean isCurrent = current != null && current.line() == abs && current.startCol() == m.startCol();
                row.recolor(m.startCol(), m.endCol(), isCurrent ? colors.currentMatchBackground() : colors.matchBackground(),
                        colors.matchForeground());
            }
        }
        Selection s = selection;
        if (s != null) {
            int[] span = s.span(abs, row.columns());
            if (span != null) {
                row.recolor(span[0], span[1], colors.selectionBackground(), colors.selectionForeground());
            }
        }
        HoverLink link = hoverLink;
        if (link != null && link.line() == abs) {
            row.addFlags(link.startCol(), link.endCol(), CellRow.LINK);
        }
        if (abs == cursor.line) {
            if (!preedit.isEmpty()) {
                row.overwrite(cursor.col, preedit, colors.foreground(), colors.background());
            }
            int col = cursor.col + preeditColumns();
            boolean block = cursor.shape == CursorShape.BLINK_BLOCK || cursor.shape == CursorShape.STEADY_BLOCK;
            if (cursor.visible && cursor.focused && block && col < row.columns()) {
                int start = row.glyphStart(col);
                int cells = (row.flags(start) & CellRow.WIDE) != 0 ? 2 : 1;
                row.recolor(start, start + cells, colors.cursor(), colors.cursorText());
            }
        }
    }

    private static void applyRenderingHints(Graphics2D g) {
        Object desktopHints = Toolkit.getDefaultToolkit().getDesktopProperty("awt.font.desktophints");
        if (desktopHints instanceof Map<?, ?> map) {
            g.addRenderingHints(map);
        } else {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    }

    // ---------------------------------------------------------------- text for tests and tools

    /** The screen as text (rows, trailing blanks trimmed). */
    public List<String> screenText() {
        return engine.screenLines();
    }

    /** The rows the view shows now (history when scrolled back), as text. */
    public List<String> visibleText() {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            long top = viewport.top(lines.historySize(), lines.totalAppended());
            List<String> out = new ArrayList<>();
            CellRow row = new CellRow();
            for (int r = 0; r < engine.rows(); r++) {
                row.load(lines.line(top + r), engine.columns(), colors);
                out.add(row.text(0, row.columns()).stripTrailing());
            }
            return out;
        } finally {
            tb.unlock();
        }
    }

    public String title() {
        return engine.display().title();
    }

    // ---------------------------------------------------------------- TerminalDisplay (reader thread)

    @Override
    public void setCursor(int x, int y) {
        frames.request();
    }

    @Override
    public void setCursorShape(CursorShape shape) {
        frames.request();
    }

    @Override
    public void beep() {
        long now = System.nanoTime();
        // A program ringing in a loop flashes once per flash, not continuously.
        if (now > bellUntil + BELL_NANOS) {
            bellUntil = now + BELL_NANOS;
            frames.request();
        }
        SwingUtilities.invokeLater(() -> firePropertyChange(BELL_PROPERTY, bells, ++bells));
    }

    @Override
    public void onResize(TermSize size, RequestOrigin origin) {
        if (origin == RequestOrigin.Remote) {
            // The program asked to resize the window (CSI 8 t): the grid follows the widget's size.
            SwingUtilities.invokeLater(this::restoreGrid);
        }
        frames.request();
    }

    private void restoreGrid() {
        Insets in = getInsets();
        int w = getWidth() - in.left - in.right;
        int h = getHeight() - in.top - in.bottom;
        if (w > 0 && h > 0) {
            engine.resize(metrics.columnsFor(w), metrics.rowsFor(h));
            repaintAll();
        }
    }

    @Override
    public void scrollArea(int scrollRegionTop, int scrollRegionSize, int dy) {
        frames.request();
    }

    @Override
    public void setCursorVisible(boolean visible) {
        frames.request();
    }

    @Override
    public void useAlternateScreenBuffer(boolean use) {
        SwingUtilities.invokeLater(() -> {
            selection = null;
            repaintAll();
        });
    }

    @Override
    public String getWindowTitle() {
        return engine.display().title();
    }

    @Override
    public void setWindowTitle(String title) {
        SwingUtilities.invokeLater(() -> {
            firePropertyChange(TITLE_PROPERTY, null, title);
            if (accessibleContext != null) {
                accessibleContext.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, null, accessibleName());
            }
        });
    }

    @Override
    public TerminalSelection getSelection() {
        return null;
    }

    @Override
    public void terminalMouseModeSet(MouseMode mode) {
        SwingUtilities.invokeLater(mouse::modeChanged);
    }

    @Override
    public void setMouseFormat(MouseFormat format) {
        // read from the engine's display state when reporting
    }

    @Override
    public boolean ambiguousCharsAreDoubleWidth() {
        return false;
    }

    @Override
    public void setBracketedPasteMode(boolean enabled) {
        // read from the engine's display state when pasting
    }

    @Override
    public Color getWindowForeground() {
        int rgb = colors.foreground();
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    @Override
    public Color getWindowBackground() {
        int rgb = colors.background();
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    // ---------------------------------------------------------------- accessibility

    String accessibleName() {
        String t = title();
        return t == null || t.isBlank() ? "Terminal" : "Terminal: " + t;
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public String getAccessibleName() {
                    return accessibleName();
                }

                @Override
                public String getAccessibleDescription() {
                    return "Terminal, " + engine.columns() + " columns by " + engine.rows() + " rows";
                }

                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.TEXT;
                }
            };
        }
        return accessibleContext;
    }
}
