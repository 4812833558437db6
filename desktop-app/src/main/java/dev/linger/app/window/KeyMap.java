package dev.linger.app.window;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.Map;

/**
 * The app's keys. On macOS Command keys (which terminals never send to programs); elsewhere
 * Ctrl+Shift+letter as GNOME Terminal and Terminator use, since plain Ctrl+letter belongs to the
 * program; Ctrl+Q quits everywhere (Cmd+Q on macOS), Alt+arrows move between panes.
 */
public final class KeyMap {
    public enum Command {
        NEW_TAB, NEW_WINDOW, SPLIT_RIGHT, SPLIT_DOWN, CLOSE_PANE, RENAME, SESSIONS, PREFERENCES, QUIT,
        NEXT_TAB, PREVIOUS_TAB, FOCUS_LEFT, FOCUS_RIGHT, FOCUS_UP, FOCUS_DOWN
    }

    private final Map<Command, KeyStroke> keys = new EnumMap<>(Command.class);

    public KeyMap(boolean mac) {
        int primary = mac ? InputEvent.META_DOWN_MASK : InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK;
        int shift = InputEvent.SHIFT_DOWN_MASK;
        int paneMove = mac ? InputEvent.META_DOWN_MASK | InputEvent.ALT_DOWN_MASK : InputEvent.ALT_DOWN_MASK;
        put(Command.NEW_TAB, KeyEvent.VK_T, primary);
        put(Command.NEW_WINDOW, KeyEvent.VK_N, primary);
        put(Command.SPLIT_RIGHT, mac ? KeyEvent.VK_D : KeyEvent.VK_E, primary);
        put(Command.SPLIT_DOWN, mac ? KeyEvent.VK_D : KeyEvent.VK_O, mac ? primary | shift : primary);
        put(Command.CLOSE_PANE, KeyEvent.VK_W, primary);
        put(Command.RENAME, KeyEvent.VK_R, primary);
        put(Command.SESSIONS, KeyEvent.VK_S, mac ? primary | shift : primary);
        put(Command.PREFERENCES, KeyEvent.VK_COMMA, mac ? InputEvent.META_DOWN_MASK : InputEvent.CTRL_DOWN_MASK);
        put(Command.QUIT, KeyEvent.VK_Q, mac ? InputEvent.META_DOWN_MASK : InputEvent.CTRL_DOWN_MASK);
        put(Command.NEXT_TAB, mac ? KeyEvent.VK_CLOSE_BRACKET : KeyEvent.VK_PAGE_DOWN,
                mac ? InputEvent.META_DOWN_MASK | shift : InputEvent.CTRL_DOWN_MASK);
        put(Command.PREVIOUS_TAB, mac ? KeyEvent.VK_OPEN_BRACKET : KeyEvent.VK_PAGE_UP,
                mac ? InputEvent.META_DOWN_MASK | shift : InputEvent.CTRL_DOWN_MASK);
        put(Command.FOCUS_LEFT, KeyEvent.VK_LEFT, paneMove);
        put(Command.FOCUS_RIGHT, KeyEvent.VK_RIGHT, paneMove);
        put(Command.FOCUS_UP, KeyEvent.VK_UP, paneMove);
        put(Command.FOCUS_DOWN, KeyEvent.VK_DOWN, paneMove);
    }

    public static KeyMap forPlatform() {
        return new KeyMap(System.getProperty("os.name", "").toLowerCase().startsWith("mac"));
    }

    private void put(Command c, int key, int modifiers) {
        keys.put(c, KeyStroke.getKeyStroke(key, modifiers));
    }

    public KeyStroke get(Command c) {
        return keys.get(c);
    }

    /** Whether a key press is one of the app's keys (the terminal must leave it alone). */
    public boolean matches(KeyEvent e) {
        if (e.getID() != KeyEvent.KEY_PRESSED) {
            return false;
        }
        KeyStroke pressed = KeyStroke.getKeyStroke(e.getKeyCode(), e.getModifiersEx() & (InputEvent.SHIFT_DOWN_MASK
                | InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK));
        return keys.containsValue(pressed);
    }
}
