package dev.linger.view;

import com.techsenger.jeditermfx.core.TerminalMode;
import dev.linger.term.TerminalEngine;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputMethodEvent;
import java.awt.event.KeyEvent;
import java.awt.im.InputMethodRequests;
import java.text.CharacterIterator;
import java.util.function.Predicate;

/**
 * The keyboard and input methods of a {@link TerminalView}, on the event thread. A key press is,
 * in this order: one of the view's own shortcuts (copy, paste, find, zoom, scrolling), a key the
 * application around the view keeps (its menus' accelerators), or input for the program, encoded
 * by {@link KeyInput}. An input method's committed text is typed; the text it is composing is
 * shown at the cursor (the {@link FrameRenderer} draws it) until committed.
 */
final class ViewInput {
    private final TerminalView view;
    private final TerminalEngine engine;
    private final TerminalMouse mouse;
    private final Shortcuts shortcuts = new Shortcuts(Shortcuts.isMac());
    /** Alt sends ESC-prefixed characters; on macOS Option composes characters instead. */
    private final boolean altIsMeta = !Shortcuts.isMac();
    private final KeyInput keys;
    private final Ime ime = new Ime();

    private Predicate<KeyEvent> applicationKeys = e -> false;
    /** A shortcut's press also produces a character event (Ctrl+Shift+V types ^V): drop it too. */
    private boolean swallowTyped;
    private String preedit = "";

    ViewInput(TerminalView view, TerminalEngine engine, TerminalMouse mouse) {
        this.view = view;
        this.engine = engine;
        this.mouse = mouse;
        this.keys = new KeyInput(new KeyTarget(), altIsMeta);
    }

    void setApplicationKeys(Predicate<KeyEvent> keys) {
        applicationKeys = keys == null ? e -> false : keys;
    }

    /** The input method's uncommitted text, drawn at the cursor ("" when none). */
    String preedit() {
        return preedit;
    }

    InputMethodRequests inputMethodRequests() {
        return ime;
    }

    /**
     * Handles a key event. True when it is used up: the component must not pass it on (to its
     * key listeners and the key bindings of the windows around it).
     */
    boolean consumes(KeyEvent e) {
        boolean connected = view.connector() != null;
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            swallowTyped = false;
            Shortcuts.Action action = shortcuts.action(e);
            if (action != null) {
                swallowTyped = true;
                run(action);
                e.consume();
                return true;
            }
            if (shortcuts.reservedForApplication(e) || applicationKeys.test(e)) {
                swallowTyped = true;
                return false;
            }
            if (connected && keys.keyPressed(e)) {
                view.links().setHovered(null);
                e.consume();
                return true;
            }
            if (connected && altIsMeta && e.isAltDown() && !e.isControlDown() && !e.isAltGraphDown()
                    && e.getKeyChar() != KeyEvent.CHAR_UNDEFINED) {
                // Alt+letter is Meta+letter for the program (sent with the character event):
                // menu mnemonics must not take it.
                e.consume();
                return true;
            }
        } else if (e.getID() == KeyEvent.KEY_TYPED) {
            if (swallowTyped || !connected) {
                swallowTyped = false;
                return false;
            }
            if (keys.keyTyped(e)) {
                e.consume();
                return true;
            }
        } else if (e.getID() == KeyEvent.KEY_RELEASED) {
            swallowTyped = false;
            keys.keyReleased();
            mouse.modifiersChanged(e);
        }
        return false;
    }

    private void run(Shortcuts.Action action) {
        switch (action) {
            case COPY -> view.copySelection();
            case PASTE -> view.pasteClipboard();
            case FIND -> view.requestFind();
            case SELECT_ALL -> view.selectAll();
            case ZOOM_IN -> view.setFontSize(view.fontSet().size() + 1);
            case ZOOM_OUT -> view.setFontSize(view.fontSet().size() - 1);
            case ZOOM_RESET -> view.setFontSize(view.defaultFontSize());
            case PAGE_UP -> view.scrollLines(-Math.max(1, engine.rows() - 1));
            case PAGE_DOWN -> view.scrollLines(Math.max(1, engine.rows() - 1));
            case TOP -> view.scrollToTop();
            case BOTTOM -> view.scrollToBottom();
            default -> { }
        }
    }

    /** Key encoding reads the emulator's modes, which the reader thread changes: under its lock. */
    private final class KeyTarget implements KeyInput.Target {
        @Override
        public byte[] codeForKey(int keyCode, int modifiers) {
            return EngineLock.codeForKey(engine, keyCode, modifiers);
        }

        @Override
        public boolean applicationKeypad() {
            return engine.terminal().isModelEnabled(TerminalMode.Keypad);
        }

        @Override
        public void sendKeys(byte[] bytes) {
            view.sendUserInput(bytes);
        }
    }

    /** Input methods: committed text is typed, text being composed is shown at the cursor. */
    void inputMethodEvent(InputMethodEvent e) {
        if (e.getID() != InputMethodEvent.INPUT_METHOD_TEXT_CHANGED) {
            return;
        }
        StringBuilder committed = new StringBuilder();
        StringBuilder composed = new StringBuilder();
        CharacterIterator text = e.getText();
        if (text != null) {
            int n = 0;
            for (char c = text.first(); c != CharacterIterator.DONE; c = text.next(), n++) {
                (n < e.getCommittedCharacterCount() ? committed : composed).append(c);
            }
        }
        if (committed.length() > 0 && view.connector() != null) {
            keys.commitText(committed.toString());
        }
        preedit = composed.toString();
        view.requestFrame();
        e.consume();
    }

    /** Where the input method puts its candidate window: at the cursor, on the screen. */
    private final class Ime extends ImeRequests {
        @Override
        Rectangle caretBounds() {
            Rectangle r = view.cursorCellBounds();
            Point p = view.isShowing() ? view.getLocationOnScreen() : new Point();
            r.translate(p.x, p.y);
            return r;
        }
    }
}
