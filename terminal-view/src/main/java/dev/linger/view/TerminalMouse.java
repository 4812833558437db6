package dev.linger.view;

import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import dev.linger.term.TerminalEngine;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;

/**
 * The mouse on a terminal view. When the program asked for mouse reporting, presses, releases,
 * motion and the wheel are reported to it, unless Shift is held: then, as without reporting, the
 * mouse selects (drag, double-click word, triple-click line, Shift-click extends, Alt-drag a
 * block) and the wheel scrolls the history. Ctrl-click (Cmd-click on macOS) opens a URL; the
 * middle button pastes X11's primary selection.
 */
final class TerminalMouse extends MouseAdapter {
    private static final int WHEEL_LINES = 3;

    private final TerminalView view;
    private final boolean mac = Shortcuts.isMac();
    private final Timer autoScroll;

    /** The unit a drag extends by and the selection it started from. */
    private enum Unit { CHAR, WORD, LINE }

    private Unit unit;
    private Selection origin;
    private boolean blockSelect;
    private boolean selecting;
    private int autoScrollDirection;
    private Point lastDragPoint;

    private int reportedButton = -1;
    private Point lastReportedCell;
    private double wheelRemainder;

    TerminalMouse(TerminalView view) {
        this.view = view;
        autoScroll = new Timer(60, e -> autoScrollStep());
    }

    // ------------------------------------------------------------ presses

    @Override
    public void mousePressed(MouseEvent e) {
        view.requestFocusInWindow();
        Point cell = view.cellAt(e.getPoint());
        if (SwingUtilities.isLeftMouseButton(e) && linkModifier(e)) {
            HoverLink link = view.links().at(cell.x, cell.y);
            if (link != null) {
                view.links().open(link.url());
                return;
            }
        }
        if (reporting(e)) {
            int button = button(e);
            if (button >= 0) {
                reportedButton = button;
                lastReportedCell = cell;
                report(MouseReporter.Kind.PRESS, button, cell, e);
            }
            return;
        }
        if (SwingUtilities.isLeftMouseButton(e)) {
            startSelection(e);
        } else if (SwingUtilities.isMiddleMouseButton(e)) {
            view.clipboard().pastePrimarySelection();
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (reportedButton >= 0) {
            int button = reportedButton;
            reportedButton = -1;
            report(MouseReporter.Kind.RELEASE, button, view.cellAt(e.getPoint()), e);
            return;
        }
        if (selecting && SwingUtilities.isLeftMouseButton(e)) {
            selecting = false;
            autoScroll.stop();
            if (view.selection() != null) {
                view.clipboard().selectionFinished();
            }
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (reportedButton >= 0) {
            Point cell = view.cellAt(e.getPoint());
            if (!cell.equals(lastReportedCell)) {
                lastReportedCell = cell;
                report(MouseReporter.Kind.MOTION, reportedButton, cell, e);
            }
            return;
        }
        if (selecting) {
            lastDragPoint = e.getPoint();
            extendSelection(e.getPoint());
            int y = e.getY();
            autoScrollDirection = y < 0 ? -1 : y >= view.getHeight() ? 1 : 0;
            if (autoScrollDirection != 0 && !autoScroll.isRunning()) {
                autoScroll.start();
            } else if (autoScrollDirection == 0) {
                autoScroll.stop();
            }
        }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        updateHover(e);
        if (reporting(e) && reportingMode() == MouseReporter.Mode.ANY_EVENT) {
            Point cell = view.cellAt(e.getPoint());
            if (!cell.equals(lastReportedCell)) {
                lastReportedCell = cell;
                report(MouseReporter.Kind.MOTION, MouseReporter.NO_BUTTON, cell, e);
            }
        }
    }

    @Override
    public void mouseExited(MouseEvent e) {
        view.links().setHovered(null);
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        // Trackpads send fractions of a notch: keep the remainder so slow swipes still scroll.
        wheelRemainder += e.getPreciseWheelRotation();
        int notches = (int) wheelRemainder;
        if (notches == 0) {
            return;
        }
        wheelRemainder -= notches;
        if (reporting(e)) {
            Point cell = view.cellAt(e.getPoint());
            int button = notches < 0 ? MouseReporter.WHEEL_UP : MouseReporter.WHEEL_DOWN;
            for (int i = 0; i < Math.min(Math.abs(notches), 10); i++) {
                report(MouseReporter.Kind.WHEEL, button, cell, e);
            }
            return;
        }
        if (view.engine().textBuffer().isUsingAlternateBuffer() && !e.isShiftDown() && view.isFollowing()) {
            // Full-screen programs without mouse reporting (less, man) scroll with arrow keys.
            byte[] arrow = EngineLock.codeForKey(view.engine(), notches < 0 ? KeyEvent.VK_UP : KeyEvent.VK_DOWN, 0);
            if (arrow != null) {
                for (int i = 0; i < Math.min(Math.abs(notches) * WHEEL_LINES, 60); i++) {
                    view.sendReport(arrow);
                }
            }
            return;
        }
        view.scrollLines(notches * WHEEL_LINES);
    }

    // ------------------------------------------------------------ selection

    private void startSelection(MouseEvent e) {
        GridPos at = view.boundaryAt(e.getPoint());
        Point cell = view.cellAt(e.getPoint());
        long line = at.line();
        int columns = view.columns();
        Selection current = view.selection();
        selecting = true;
        lastDragPoint = e.getPoint();
        if (e.isShiftDown() && current != null) {
            // Shift-click extends the existing selection from its far end.
            GridPos anchor = at.compareTo(current.start()) < 0 ? current.end() : current.start();
            origin = new Selection(anchor, anchor, current.block());
            unit = Unit.CHAR;
            blockSelect = current.block();
            extendSelection(e.getPoint());
            return;
        }
        blockSelect = e.isAltDown();
        int clicks = e.getClickCount();
        SelectionText text = view.selectionText();
        var lock = view.engine().textBuffer();
        lock.lock();
        try {
            if (clicks == 2) {
                unit = Unit.WORD;
                origin = text.word(line, cell.x, columns);
            } else if (clicks >= 3) {
                unit = Unit.LINE;
                origin = text.line(line, columns);
            } else {
                unit = Unit.CHAR;
                origin = new Selection(at, at, blockSelect);
            }
        } finally {
            lock.unlock();
        }
        view.selectionModel().set(unit == Unit.CHAR ? null : origin);
    }

    private void extendSelection(Point p) {
        if (origin == null) {
            return;
        }
        GridPos at = view.boundaryAt(p);
        Point cell = view.cellAt(p);
        Selection range;
        var lock = view.engine().textBuffer();
        lock.lock();
        try {
            range = switch (unit) {
                case WORD -> view.selectionText().word(at.line(), cell.x, view.columns());
                case LINE -> view.selectionText().line(at.line(), view.columns());
                default -> new Selection(at, at, blockSelect);
            };
        } finally {
            lock.unlock();
        }
        if (blockSelect && unit == Unit.CHAR) {
            view.selectionModel().set(new Selection(origin.start(), at, true));
            return;
        }
        GridPos start = GridPos.min(origin.start(), range.start());
        GridPos end = GridPos.max(origin.end(), range.end());
        view.selectionModel().set(new Selection(start, end, false));
    }

    private void autoScrollStep() {
        if (!selecting || autoScrollDirection == 0) {
            autoScroll.stop();
            return;
        }
        view.scrollLines(autoScrollDirection);
        if (lastDragPoint != null) {
            extendSelection(lastDragPoint);
        }
    }

    // ------------------------------------------------------------ reporting and links

    private boolean reporting(MouseEvent e) {
        return !e.isShiftDown() && reportingMode() != MouseReporter.Mode.NONE;
    }

    private void report(MouseReporter.Kind kind, int button, Point cell, MouseEvent e) {
        int modifiers = 0;
        if (e.isShiftDown()) {
            modifiers |= MouseReporter.SHIFT;
        }
        if (e.isAltDown() || (mac && e.isMetaDown())) {
            modifiers |= MouseReporter.ALT;
        }
        if (e.isControlDown()) {
            modifiers |= MouseReporter.CTRL;
        }
        view.sendReport(MouseReporter.encode(reportingMode(), reportingFormat(), kind, button,
                cell.x, cell.y, modifiers));
    }

    private static int button(MouseEvent e) {
        if (SwingUtilities.isLeftMouseButton(e)) {
            return MouseReporter.LEFT;
        }
        if (SwingUtilities.isMiddleMouseButton(e)) {
            return MouseReporter.MIDDLE;
        }
        if (SwingUtilities.isRightMouseButton(e)) {
            return MouseReporter.RIGHT;
        }
        return -1;
    }

    private boolean linkModifier(InputEvent e) {
        return mac ? e.isMetaDown() : e.isControlDown();
    }

    private void updateHover(MouseEvent e) {
        if (!linkModifier(e)) {
            clearHover();
            return;
        }
        Point cell = view.cellAt(e.getPoint());
        HoverLink link = view.links().at(cell.x, cell.y);
        view.links().setHovered(link);
        view.setCursor(link != null ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR) : defaultCursor());
    }

    private void clearHover() {
        if (view.links().hovered() != null) {
            view.links().setHovered(null);
        }
        view.setCursor(defaultCursor());
    }

    /** Releasing Ctrl (Cmd) ends the link hover without waiting for the mouse to move. */
    void modifiersChanged(KeyEvent e) {
        if (!linkModifier(e)) {
            clearHover();
        }
    }

    /** A text cursor while the mouse selects, an arrow while the program gets the mouse. */
    void modeChanged() {
        if (view.links().hovered() == null) {
            view.setCursor(defaultCursor());
        }
    }

    private Cursor defaultCursor() {
        return reportingMode() == MouseReporter.Mode.NONE
                ? Cursor.getPredefinedCursor(Cursor.TEXT_CURSOR)
                : Cursor.getDefaultCursor();
    }

    // ------------------------------------------------------------ what the program asked for

    /** The mouse tracking the program asked for; none while scrolled back into history. */
    MouseReporter.Mode reportingMode() {
        TerminalEngine engine = view.engine();
        if (view.connector() == null || !view.isFollowing()) {
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

    private MouseReporter.Format reportingFormat() {
        MouseFormat f = view.engine().display().mouseFormat();
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
}
