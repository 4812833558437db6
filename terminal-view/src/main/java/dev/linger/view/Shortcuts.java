package dev.linger.view;

import java.awt.event.KeyEvent;

/**
 * The view's own keys, which never reach the program, and the keys left to the application
 * around it. On macOS these are Command keys (which terminals never send); elsewhere
 * Ctrl+Shift+letter, as in GNOME Terminal and Konsole, since plain Ctrl+letter belongs to the
 * program. Zoom keeps GNOME's Ctrl +/−/0, and Shift+PageUp/PageDown scroll the history.
 */
final class Shortcuts {
    enum Action { COPY, PASTE, FIND, SELECT_ALL, ZOOM_IN, ZOOM_OUT, ZOOM_RESET, PAGE_UP, PAGE_DOWN, TOP, BOTTOM }

    private final boolean mac;

    Shortcuts(boolean mac) {
        this.mac = mac;
    }

    static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("mac");
    }

    /** The view action for a key press, or null. */
    Action action(KeyEvent e) {
        int code = e.getKeyCode();
        boolean shift = e.isShiftDown();
        boolean ctrl = e.isControlDown();
        boolean alt = e.isAltDown();
        boolean primary = mac ? e.isMetaDown() && !ctrl : ctrl && !e.isMetaDown();
        if (shift && !ctrl && !alt && !e.isMetaDown()) {
            switch (code) {
                case KeyEvent.VK_PAGE_UP:
                    return Action.PAGE_UP;
                case KeyEvent.VK_PAGE_DOWN:
                    return Action.PAGE_DOWN;
                case KeyEvent.VK_HOME:
                    return Action.TOP;
                case KeyEvent.VK_END:
                    return Action.BOTTOM;
                case KeyEvent.VK_INSERT:
                    return mac ? null : Action.PASTE;
                default:
                    break;
            }
        }
        if (!mac && ctrl && !shift && !alt && code == KeyEvent.VK_INSERT) {
            return Action.COPY;
        }
        if (!primary || alt) {
            return null;
        }
        // The letters: Cmd+letter on macOS, Ctrl+Shift+letter elsewhere.
        if (mac || shift) {
            switch (code) {
                case KeyEvent.VK_C:
                    return Action.COPY;
                case KeyEvent.VK_V:
                    return Action.PASTE;
                case KeyEvent.VK_F:
                    return Action.FIND;
                case KeyEvent.VK_A:
                    return Action.SELECT_ALL;
                default:
                    break;
            }
        }
        switch (code) {
            case KeyEvent.VK_EQUALS:
            case KeyEvent.VK_PLUS:
            case KeyEvent.VK_ADD:
                return Action.ZOOM_IN;
            case KeyEvent.VK_MINUS:
            case KeyEvent.VK_SUBTRACT:
                return shift ? null : Action.ZOOM_OUT;
            case KeyEvent.VK_0:
            case KeyEvent.VK_NUMPAD0:
                return shift ? null : Action.ZOOM_RESET;
            default:
                return null;
        }
    }

    /** Keys the view leaves to the application's menus and bindings (new tab, close, ...). */
    boolean reservedForApplication(KeyEvent e) {
        if (mac) {
            return e.isMetaDown();
        }
        int code = e.getKeyCode();
        boolean letterOrDigit = (code >= KeyEvent.VK_A && code <= KeyEvent.VK_Z) || (code >= KeyEvent.VK_0 && code <= KeyEvent.VK_9);
        return e.isControlDown() && e.isShiftDown() && !e.isAltDown() && letterOrDigit;
    }
}
