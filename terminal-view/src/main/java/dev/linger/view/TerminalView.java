package dev.linger.view;

import dev.linger.term.EngineRestart;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.BorderFactory;
import javax.swing.BoundedRangeModel;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.FocusEvent;
import java.awt.event.InputMethodEvent;
import java.awt.event.KeyEvent;
import java.awt.im.InputMethodRequests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Linger's terminal widget: a Swing component that shows a {@link TerminalEngine} (the JediTerm
 * emulator core plus Linger's scrollback store) fed by a {@link TerminalConnector}.
 *
 * <p>Threads: output is fed to the engine on the connector's reader thread; the core's display
 * callbacks arrive on that thread too ({@link ViewDisplay}) and only record that a frame is
 * wanted. Everything else happens on the event thread, in the view's parts: frames and painting
 * ({@link FrameRenderer}), keys and input methods ({@link ViewInput}), the mouse
 * ({@link TerminalMouse}), scrolling ({@link ViewScroller}), the selection, copy and paste, links,
 * find, fonts and colours, the cell grid.
 *
 * <p>This class is the widget's public surface and holds what the parts share (the engine, the
 * connector, the parts themselves). It is longer than the project's ~500-line mark on purpose:
 * some 45 public methods, nearly all one-line delegations to the parts, so that an application
 * sees one component; the logic lives in the parts.
 */
public class TerminalView extends JComponent {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalView.class);
    /** Bound property: the window title the program set. */
    public static final String TITLE_PROPERTY = "terminalTitle";
    /** Bound property: the connection ended; the new value is the exit code (-1 if unknown). */
    public static final String CLOSED_PROPERTY = "terminalClosed";
    /** Bound property: columns × rows changed; the new value is a {@link Dimension}. */
    public static final String GRID_PROPERTY = "terminalGrid";
    /** Bound property, fired on the event thread: the program rang the bell (new value: a count). */
    public static final String BELL_PROPERTY = "terminalBell";
    /** Longer pastes are refused: they are almost certainly a mistake, and would queue megabytes. */
    public static final int MAX_PASTE_CHARS = 8 * 1024 * 1024;

    private final TerminalEngine engine;
    private final FrameScheduler frames;
    private final CursorBlink blink;
    private final ViewScroller scroller;
    private final FrameRenderer renderer;
    private final TerminalMouse mouse;
    private final ViewInput input;
    private final ViewClipboard clipboard = new ViewClipboard(this);
    private final ViewLinks links;
    private final ViewFind finder;
    private final ViewSelection selection;

    private final ViewLook look = new ViewLook();
    private final ViewGrid grid = new ViewGrid(this, look::metrics);

    private volatile TerminalConnector connector;
    private volatile int exitCode = Integer.MIN_VALUE;
    private Runnable findRequest = () -> { };
    private long bells;

    public TerminalView(int scrollbackLines) {
        engine = new TerminalEngine(grid.preferredColumns(), grid.preferredRows(), scrollbackLines);
        engine.setFeedTimeLimit(EngineRestart.FEED_TIME_LIMIT_MS);
        LineSource lines = new LineSource(engine);
        Viewport viewport = new Viewport();
        SearchModel search = new SearchModel();
        frames = new FrameScheduler(FrameScheduler.displayRefreshRate(), this::frame);
        blink = new CursorBlink(frames::request);
        scroller = new ViewScroller(engine, lines, viewport, frames);
        selection = new ViewSelection(engine, lines, frames);
        renderer = new FrameRenderer(this, engine, lines, viewport, search, blink, scroller, frames);
        links = new ViewLinks(this, engine, lines, viewport, frames);
        finder = new ViewFind(this, engine, lines, scroller, search);
        mouse = new TerminalMouse(this);
        input = new ViewInput(this, engine, mouse);
        engine.setDisplay(new ViewDisplay(this, frames, renderer, mouse));
        fontsChanged();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        setName("terminal");
        // A little air between the text and the window edge, as most terminals leave.
        setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 2));
        setOpaque(true);
        setFocusable(true);
        setFocusTraversalKeysEnabled(false);
        enableInputMethods(true);
        enableEvents(AWTEvent.KEY_EVENT_MASK | AWTEvent.INPUT_METHOD_EVENT_MASK | AWTEvent.FOCUS_EVENT_MASK);
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
        engine.setReplies(c.answersQueriesLocally() ? new QueryReplies(c) : null);
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
        blink.stop();
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
        } catch (RuntimeException e) {
            // Output the emulator could not handle (a core that looped past the time limit, or
            // threw) is dropped; the reader thread, which may feed every pane, goes on.
            LOG.warn("terminal output the emulator could not handle was dropped: {}", e.toString());
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
        EngineLock.run(engine, () -> loader.accept(engine));
        SwingUtilities.invokeLater(() -> {
            selection.drop();
            scroller.scrollToBottom();
            repaintAll();
        });
    }

    /**
     * Keeps at most {@code lines} lines of history from now on: growing keeps every line,
     * shrinking drops the oldest beyond the limit. Any thread, serialised with {@link #feed}.
     */
    public void setScrollbackLines(int lines) {
        EngineLock.run(engine, () -> {
            if (engine.scrollback().maxLines() != lines) {
                engine.scrollback().setMaxLines(lines);
            }
        });
        frames.request();
    }

    /**
     * Keys the application around the view takes (its menus' accelerators): they never reach the
     * program. Checked before the program gets a key press.
     */
    public void setApplicationKeys(Predicate<KeyEvent> keys) {
        input.setApplicationKeys(keys);
    }

    /**
     * Sets the grid from the component's size now, instead of at the next resize event: a container
     * that has just laid the view out calls this before it connects, so the program starts at the
     * size it is shown at.
     */
    public void fitGridToSize() {
        updateGrid();
    }

    // ---------------------------------------------------------------- input

    /** Sends bytes as the user's input: scrolls back to the live screen and shows the cursor. */
    public void sendUserInput(byte[] bytes) {
        TerminalConnector c = connector;
        if (c == null || bytes.length == 0) {
            return;
        }
        c.write(bytes);
        blink.typed();
        scroller.scrollToBottom();
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
        if (!input.consumes(e)) {
            super.processKeyEvent(e);
        }
    }

    @Override
    protected void processInputMethodEvent(InputMethodEvent e) {
        input.inputMethodEvent(e);
        super.processInputMethodEvent(e);
    }

    @Override
    public InputMethodRequests getInputMethodRequests() {
        return input.inputMethodRequests();
    }

    @Override
    protected void processFocusEvent(FocusEvent e) {
        super.processFocusEvent(e);
        if (e.getID() == FocusEvent.FOCUS_GAINED) {
            blink.focusGained();
        } else {
            blink.focusLost();
        }
        frames.request();
    }

    // ---------------------------------------------------------------- selection and clipboard

    public Selection selection() {
        return selection.current();
    }

    ViewSelection selectionModel() {
        return selection;
    }

    public void clearSelection() {
        selection.set(null);
    }

    public void selectAll() {
        selection.selectAll();
    }

    /** The selected text, "" without a selection. */
    public String selectedText() {
        return selection.selectedText();
    }

    public void copySelection() {
        clipboard.copySelection();
    }

    public void pasteClipboard() {
        clipboard.pasteClipboard();
    }

    /**
     * Pastes text: bracketed when the program enabled bracketed paste; otherwise text with line
     * breaks is pasted only if the {@link PasteConfirmer} agrees.
     */
    public void paste(String text) {
        clipboard.paste(text);
    }

    public void setPasteConfirmer(PasteConfirmer confirmer) {
        clipboard.setConfirmer(confirmer);
    }

    ViewClipboard clipboard() {
        return clipboard;
    }

    // ---------------------------------------------------------------- links and find

    /** Where Ctrl/Cmd+click on a URL sends it (default: the desktop's browser). */
    public void setLinkOpener(Consumer<URI> opener) {
        links.setOpener(opener);
    }

    ViewLinks links() {
        return links;
    }

    /** The link under the pointer while Ctrl (Cmd) is held, or null. */
    HoverLink hoverLink() {
        return links.hovered();
    }

    /** What the find shortcut does (the panel around the view opens its find bar). */
    public void setFindRequest(Runnable request) {
        findRequest = request;
    }

    void requestFind() {
        findRequest.run();
    }

    ViewFind finder() {
        return finder;
    }

    // ---------------------------------------------------------------- scrolling

    /** The scrollbar's model: value = history lines above the first visible row. */
    public BoundedRangeModel scrollModel() {
        return scroller.model();
    }

    /** Scrolls by {@code n} lines, negative towards older output. */
    public void scrollLines(int n) {
        scroller.scrollBy(n);
    }

    public void scrollToTop() {
        scroller.scrollBy(Integer.MIN_VALUE / 2);
    }

    public void scrollToBottom() {
        scroller.scrollToBottom();
    }

    /** True while the view shows the live screen (not scrolled back). */
    public boolean isFollowing() {
        return scroller.following();
    }

    /** Lines of history above the first visible row (0 when following). */
    public int linesScrolledBack() {
        return scroller.linesScrolledBack();
    }

    // ---------------------------------------------------------------- grid, fonts and colours

    public int columns() {
        return engine.columns();
    }

    public int rows() {
        return engine.rows();
    }

    public CellMetrics cellMetrics() {
        return look.metrics();
    }

    public FontSet fontSet() {
        return look.fonts();
    }

    public ColorScheme colorScheme() {
        return look.colors();
    }

    TerminalPainter painter() {
        return look.painter();
    }

    SelectionText selectionText() {
        return selection.text();
    }

    /** The grid the view asks its container for (80×24 unless set). */
    public void setPreferredGrid(int columns, int rows) {
        grid.setPreferred(columns, rows);
        revalidate();
    }

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : grid.preferredSize();
    }

    @Override
    public Dimension getMinimumSize() {
        return grid.minimumSize();
    }

    public void setFontFamily(String family) {
        look.useFonts(look.fonts().withFamily(family));
        fontsChanged();
    }

    /** Font size in points, kept within 6..72; the grid is recomputed for the new cells. */
    public void setFontSize(float size) {
        look.useFonts(look.fontsOfSize(size));
        fontsChanged();
    }

    public float defaultFontSize() {
        return look.defaultFontSize();
    }

    private void fontsChanged() {
        selection.useColors(look.colors());
        repaintAll();
        revalidate();
        updateGrid();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (look != null) { // null while the constructor runs
            look.themeChanged();
            selection.useColors(look.colors());
            repaintAll();
        }
    }

    /** Recomputes columns and rows from the size; tells the engine and the program when they change. */
    void updateGrid() {
        Dimension fit = engine == null ? null : grid.fitting();
        if (fit == null || (fit.width == engine.columns() && fit.height == engine.rows())) {
            return;
        }
        engine.resize(fit.width, fit.height);
        TerminalConnector c = connector;
        if (c != null) {
            c.resize(engine.columns(), engine.rows());
        }
        selection.drop();
        repaintAll();
        firePropertyChange(GRID_PROPERTY, null, new Dimension(engine.columns(), engine.rows()));
    }

    /** The program asked to resize its window (CSI 8 t): the grid goes back to the widget's size. */
    void restoreGrid() {
        Dimension fit = grid.fitting();
        if (fit != null) {
            engine.resize(fit.width, fit.height);
            repaintAll();
        }
    }

    void repaintAll() {
        renderer.forgetPaintedRows();
        repaint();
        frames.request();
    }

    // ---------------------------------------------------------------- coordinates

    /** The cell (column, row of the view) under a point, clamped to the grid. */
    Point cellAt(Point p) {
        return grid.cellAt(p, engine.columns(), engine.rows());
    }

    /** The cell boundary nearest a point, as a selection position. */
    GridPos boundaryAt(Point p) {
        return new GridPos(absoluteLine(cellAt(p).y), grid.boundaryAt(p, engine.columns()));
    }

    long absoluteLine(int viewRow) {
        return scroller.topLine() + viewRow;
    }

    /** Pixel bounds of cell ({@code col}, {@code row}) of the view. */
    public Rectangle cellBounds(int col, int row) {
        return grid.cellBounds(col, row);
    }

    /** Where the cursor is drawn. */
    Rectangle cursorCellBounds() {
        Point cell = scroller.cursorCell();
        return cellBounds(Math.max(0, cell.x), Math.max(0, cell.y));
    }

    // ---------------------------------------------------------------- frames and painting

    /** Any thread: asks for a frame soon. */
    void requestFrame() {
        frames.request();
    }

    private void frame() {
        renderer.frame();
    }

    String preedit() {
        return input.preedit();
    }

    /** The mouse tracking the program asked for; none while scrolled back into history. */
    MouseReporter.Mode mouseReportingMode() {
        return mouse.reportingMode();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            renderer.paint(g);
        } finally {
            g.dispose();
        }
    }

    /** Event thread, from the display: the program switched between the normal and alternate screen. */
    void screenSwitched() {
        selection.drop();
        repaintAll();
    }

    /** Event thread, from the display: the program rang the bell. */
    void bellRang() {
        firePropertyChange(BELL_PROPERTY, bells, ++bells);
    }

    /** Event thread, from the display: the program set its window title. */
    void titleChanged(String title) {
        firePropertyChange(TITLE_PROPERTY, null, title);
        if (accessibleContext != null) {
            accessibleContext.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, null, accessibleName());
        }
    }

    // ---------------------------------------------------------------- text for tests and tools

    /** The screen as text (rows, trailing blanks trimmed). */
    public List<String> screenText() {
        return engine.screenLines();
    }

    /** The rows the view shows now (history when scrolled back), as text. */
    public List<String> visibleText() {
        return scroller.visibleText(look.colors());
    }

    public String title() {
        return engine.display().title();
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
