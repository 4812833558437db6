package dev.linger.view;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.TerminalSelection;
import com.techsenger.jeditermfx.core.util.TermSize;

import javax.swing.SwingUtilities;

/**
 * The JediTerm core's {@link TerminalDisplay} for one {@link TerminalView}. The core calls it on
 * the connector's reader thread while it parses output, under the emulator's lock: so it only
 * records that a frame is wanted, or hands the work to the event thread; it never touches Swing
 * itself. Modes the view reads when it needs them (mouse format, bracketed paste, the title) are
 * kept by terminal-core's {@code DisplayState}, which forwards these calls here.
 */
final class ViewDisplay implements TerminalDisplay {
    private final TerminalView view;
    private final FrameScheduler frames;
    private final FrameRenderer renderer;
    private final TerminalMouse mouse;

    ViewDisplay(TerminalView view, FrameScheduler frames, FrameRenderer renderer, TerminalMouse mouse) {
        this.view = view;
        this.frames = frames;
        this.renderer = renderer;
        this.mouse = mouse;
    }

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
        if (renderer.ringBell()) {
            frames.request();
        }
        SwingUtilities.invokeLater(view::bellRang);
    }

    @Override
    public void onResize(TermSize size, RequestOrigin origin) {
        if (origin == RequestOrigin.Remote) {
            // The program asked to resize the window (CSI 8 t): the grid follows the widget's size.
            SwingUtilities.invokeLater(view::restoreGrid);
        }
        frames.request();
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
        SwingUtilities.invokeLater(view::screenSwitched);
    }

    @Override
    public String getWindowTitle() {
        return view.title();
    }

    @Override
    public void setWindowTitle(String title) {
        SwingUtilities.invokeLater(() -> view.titleChanged(title));
    }

    @Override
    public TerminalSelection getSelection() {
        // The view keeps its own selection (Selection), in absolute lines the core does not know.
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
        return coreColor(view.colorScheme().foreground());
    }

    @Override
    public Color getWindowBackground() {
        return coreColor(view.colorScheme().background());
    }

    private static Color coreColor(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
