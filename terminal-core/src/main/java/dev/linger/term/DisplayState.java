package dev.linger.term;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.TerminalSelection;
import com.techsenger.jeditermfx.core.util.TermSize;

/**
 * The emulator's display as the engine sees it: records the state that only reaches the display
 * (cursor shape and visibility, mouse reporting, bracketed paste, title) so snapshots can
 * reproduce it, and forwards every call to the real display when there is one (a view).
 */
public final class DisplayState implements TerminalDisplay {
    private volatile TerminalDisplay delegate;
    private volatile CursorShape cursorShape;
    private volatile boolean cursorVisible = true;
    private volatile MouseMode mouseMode = MouseMode.MOUSE_REPORTING_NONE;
    private volatile MouseFormat mouseFormat = MouseFormat.MOUSE_FORMAT_XTERM;
    private volatile boolean bracketedPaste;
    private volatile String title = "";
    private volatile long bells;

    void setDelegate(TerminalDisplay delegate) {
        this.delegate = delegate;
    }

    public CursorShape cursorShape() {
        return cursorShape;
    }

    public boolean cursorVisible() {
        return cursorVisible;
    }

    public MouseMode mouseMode() {
        return mouseMode;
    }

    public MouseFormat mouseFormat() {
        return mouseFormat;
    }

    public boolean bracketedPaste() {
        return bracketedPaste;
    }

    public String title() {
        return title;
    }

    public long bells() {
        return bells;
    }

    @Override
    public void setCursor(int x, int y) {
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setCursor(x, y);
        }
    }

    @Override
    public void setCursorShape(CursorShape shape) {
        cursorShape = shape;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setCursorShape(shape);
        }
    }

    @Override
    public void beep() {
        bells++;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.beep();
        }
    }

    @Override
    public void onResize(TermSize size, RequestOrigin origin) {
        TerminalDisplay d = delegate;
        if (d != null) {
            d.onResize(size, origin);
        }
    }

    @Override
    public void scrollArea(int scrollRegionTop, int scrollRegionSize, int dy) {
        TerminalDisplay d = delegate;
        if (d != null) {
            d.scrollArea(scrollRegionTop, scrollRegionSize, dy);
        }
    }

    @Override
    public void setCursorVisible(boolean visible) {
        cursorVisible = visible;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setCursorVisible(visible);
        }
    }

    @Override
    public void useAlternateScreenBuffer(boolean use) {
        TerminalDisplay d = delegate;
        if (d != null) {
            d.useAlternateScreenBuffer(use);
        }
    }

    @Override
    public String getWindowTitle() {
        return title;
    }

    @Override
    public void setWindowTitle(String newTitle) {
        title = newTitle == null ? "" : newTitle;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setWindowTitle(title);
        }
    }

    @Override
    public TerminalSelection getSelection() {
        TerminalDisplay d = delegate;
        return d == null ? null : d.getSelection();
    }

    @Override
    public void terminalMouseModeSet(MouseMode mode) {
        mouseMode = mode;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.terminalMouseModeSet(mode);
        }
    }

    @Override
    public void setMouseFormat(MouseFormat format) {
        mouseFormat = format;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setMouseFormat(format);
        }
    }

    @Override
    public boolean ambiguousCharsAreDoubleWidth() {
        TerminalDisplay d = delegate;
        return d != null && d.ambiguousCharsAreDoubleWidth();
    }

    @Override
    public void setBracketedPasteMode(boolean enabled) {
        bracketedPaste = enabled;
        TerminalDisplay d = delegate;
        if (d != null) {
            d.setBracketedPasteMode(enabled);
        }
    }

    @Override
    public Color getWindowForeground() {
        TerminalDisplay d = delegate;
        return d == null ? null : d.getWindowForeground();
    }

    @Override
    public Color getWindowBackground() {
        TerminalDisplay d = delegate;
        return d == null ? null : d.getWindowBackground();
    }
}
