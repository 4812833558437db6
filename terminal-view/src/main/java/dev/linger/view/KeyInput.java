package dev.linger.view;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;

/**
 * Turns key events into the bytes a terminal sends. Keys without a character (arrows, function
 * keys, Home/End, Enter, Backspace...) go through the emulator core's key encoder, which follows
 * the application cursor-key mode; Ctrl combinations become control characters; typed
 * characters are sent as UTF-8, with Alt as Meta (an ESC prefix) unless Alt is AltGr. The
 * numeric keypad follows the application keypad mode (DECKPAM), which the core's encoder lacks.
 */
final class KeyInput {
    /** What key input needs from the view. */
    interface Target {
        /** The core's encoding of a key with AWT's old-style modifier mask, or null. */
        byte[] codeForKey(int keyCode, int modifiers);

        boolean applicationKeypad();

        void sendKeys(byte[] bytes);
    }

    private static final byte ESC = 0x1b;

    private final Target target;
    private final boolean altIsMeta;
    /** The key press sent its bytes itself: the character event that follows it is not sent again. */
    private boolean suppressTyped;
    private char pendingHighSurrogate;

    KeyInput(Target target, boolean altIsMeta) {
        this.target = target;
        this.altIsMeta = altIsMeta;
    }

    /** Returns true when the press was sent to the program. */
    boolean keyPressed(KeyEvent e) {
        suppressTyped = false;
        int code = e.getKeyCode();
        if (isModifierKey(code)) {
            return false;
        }
        boolean ctrl = e.isControlDown();
        boolean altGr = e.isAltGraphDown() || (ctrl && e.isAltDown() && isWindows());
        if (e.getKeyLocation() == KeyEvent.KEY_LOCATION_NUMPAD && target.applicationKeypad() && !ctrl && !e.isAltDown()) {
            byte[] keypad = keypadApplication(code);
            if (keypad != null) {
                return sent(keypad);
            }
        }
        if (isEncoderKey(code)) {
            byte[] bytes = target.codeForKey(code, legacyModifiers(e));
            if (bytes != null) {
                return sent(bytes);
            }
        }
        if (ctrl && !altGr && !e.isMetaDown()) {
            int c = controlCharacter(code);
            if (c >= 0) {
                return sent(e.isAltDown() && altIsMeta ? new byte[] {ESC, (byte) c} : new byte[] {(byte) c});
            }
        }
        return false;
    }

    /** Returns true when the character was sent (or belonged to a press already sent). */
    boolean keyTyped(KeyEvent e) {
        if (suppressTyped) {
            suppressTyped = false;
            return true;
        }
        char c = e.getKeyChar();
        if (c == KeyEvent.CHAR_UNDEFINED || e.isMetaDown()) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return true;
        }
        String text;
        if (Character.isLowSurrogate(c) && pendingHighSurrogate != 0) {
            text = new String(new char[] {pendingHighSurrogate, c});
        } else {
            text = String.valueOf(c);
        }
        pendingHighSurrogate = 0;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean meta = altIsMeta && e.isAltDown() && !e.isControlDown() && !e.isAltGraphDown();
        if (meta) {
            byte[] prefixed = new byte[bytes.length + 1];
            prefixed[0] = ESC;
            System.arraycopy(bytes, 0, prefixed, 1, bytes.length);
            bytes = prefixed;
        }
        target.sendKeys(bytes);
        return true;
    }

    void keyReleased() {
        suppressTyped = false;
    }

    /** Text committed by an input method (compose key, CJK IME). */
    void commitText(String text) {
        if (!text.isEmpty()) {
            target.sendKeys(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private boolean sent(byte[] bytes) {
        target.sendKeys(bytes);
        suppressTyped = true;
        return true;
    }

    private static boolean isModifierKey(int code) {
        return code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT
                || code == KeyEvent.VK_META || code == KeyEvent.VK_ALT_GRAPH || code == KeyEvent.VK_CAPS_LOCK
                || code == KeyEvent.VK_NUM_LOCK || code == KeyEvent.VK_SCROLL_LOCK || code == KeyEvent.VK_WINDOWS
                || code == KeyEvent.VK_CONTEXT_MENU || code == KeyEvent.VK_UNDEFINED;
    }

    /** Keys the core's encoder knows: everything that sends an escape sequence or a fixed code. */
    private static boolean isEncoderKey(int code) {
        switch (code) {
            case KeyEvent.VK_ENTER:
            case KeyEvent.VK_BACK_SPACE:
            case KeyEvent.VK_TAB:
            case KeyEvent.VK_INSERT:
            case KeyEvent.VK_DELETE:
            case KeyEvent.VK_HOME:
            case KeyEvent.VK_END:
            case KeyEvent.VK_PAGE_UP:
            case KeyEvent.VK_PAGE_DOWN:
            case KeyEvent.VK_UP:
            case KeyEvent.VK_DOWN:
            case KeyEvent.VK_LEFT:
            case KeyEvent.VK_RIGHT:
            case KeyEvent.VK_KP_UP:
            case KeyEvent.VK_KP_DOWN:
            case KeyEvent.VK_KP_LEFT:
            case KeyEvent.VK_KP_RIGHT:
                return true;
            default:
                return code >= KeyEvent.VK_F1 && code <= KeyEvent.VK_F12;
        }
    }

    /** The core's modifier bits are AWT's old masks: shift 1, ctrl 2, meta 4, alt 8. */
    @SuppressWarnings("deprecation")
    private static int legacyModifiers(KeyEvent e) {
        int m = 0;
        if (e.isShiftDown()) {
            m |= InputEvent.SHIFT_MASK;
        }
        if (e.isControlDown()) {
            m |= InputEvent.CTRL_MASK;
        }
        if (e.isMetaDown()) {
            m |= InputEvent.META_MASK;
        }
        if (e.isAltDown()) {
            m |= InputEvent.ALT_MASK;
        }
        return m;
    }

    /** Ctrl with a key as xterm maps it: letters to 1..26, and the punctuation keys of ASCII's control row. */
    static int controlCharacter(int code) {
        if (code >= KeyEvent.VK_A && code <= KeyEvent.VK_Z) {
            return code - KeyEvent.VK_A + 1;
        }
        switch (code) {
            case KeyEvent.VK_SPACE:
            case KeyEvent.VK_2:
            case KeyEvent.VK_AT:
                return 0;
            case KeyEvent.VK_3:
            case KeyEvent.VK_OPEN_BRACKET:
                return 27;
            case KeyEvent.VK_4:
            case KeyEvent.VK_BACK_SLASH:
                return 28;
            case KeyEvent.VK_5:
            case KeyEvent.VK_CLOSE_BRACKET:
                return 29;
            case KeyEvent.VK_6:
            case KeyEvent.VK_CIRCUMFLEX:
                return 30;
            case KeyEvent.VK_7:
            case KeyEvent.VK_SLASH:
            case KeyEvent.VK_UNDERSCORE:
                return 31;
            case KeyEvent.VK_8:
                return 127;
            default:
                return -1;
        }
    }

    /** VT100 application keypad: SS3 followed by a letter per key. */
    private static byte[] keypadApplication(int code) {
        char c;
        if (code >= KeyEvent.VK_NUMPAD0 && code <= KeyEvent.VK_NUMPAD9) {
            c = (char) ('p' + (code - KeyEvent.VK_NUMPAD0));
        } else {
            switch (code) {
                case KeyEvent.VK_ENTER -> c = 'M';
                case KeyEvent.VK_DECIMAL -> c = 'n';
                case KeyEvent.VK_ADD -> c = 'k';
                case KeyEvent.VK_SUBTRACT -> c = 'm';
                case KeyEvent.VK_MULTIPLY -> c = 'j';
                case KeyEvent.VK_DIVIDE -> c = 'o';
                default -> {
                    return null;
                }
            }
        }
        return new byte[] {ESC, 'O', (byte) c};
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
