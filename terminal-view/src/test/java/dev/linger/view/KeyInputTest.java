package dev.linger.view;

import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;

import javax.swing.JPanel;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Key events through the real key path: the core's encoder of a real engine. */
class KeyInputTest {
    private final TerminalEngine engine = new TerminalEngine(80, 24, 10);
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final KeyInput keys = new KeyInput(new KeyInput.Target() {
        @Override
        public byte[] codeForKey(int keyCode, int modifiers) {
            return engine.terminal().getCodeForKey(keyCode, modifiers);
        }

        @Override
        public boolean applicationKeypad() {
            return engine.terminal().isModelEnabled(com.techsenger.jeditermfx.core.TerminalMode.Keypad);
        }

        @Override
        public void sendKeys(byte[] bytes) {
            sent.writeBytes(bytes);
        }
    }, true);
    private final JPanel source = new JPanel();

    private void press(int code, int modifiers, char ch) {
        press(code, modifiers, ch, KeyEvent.KEY_LOCATION_STANDARD);
    }

    /** A press, and the typed event AWT would send for it. */
    private void press(int code, int modifiers, char ch, int location) {
        keys.keyPressed(new KeyEvent(source, KeyEvent.KEY_PRESSED, 0, modifiers, code, ch, location));
        if (ch != KeyEvent.CHAR_UNDEFINED) {
            keys.keyTyped(new KeyEvent(source, KeyEvent.KEY_TYPED, 0, modifiers, KeyEvent.VK_UNDEFINED, ch));
        }
        keys.keyReleased();
    }

    private String sent() {
        String s = sent.toString(StandardCharsets.UTF_8);
        sent.reset();
        return s;
    }

    @Test
    void arrowsFollowTheApplicationCursorMode() {
        press(KeyEvent.VK_UP, 0, KeyEvent.CHAR_UNDEFINED);
        assertThat(sent()).isEqualTo("\u001b[A");
        engine.feed("\u001b[?1h".getBytes(StandardCharsets.US_ASCII));
        press(KeyEvent.VK_UP, 0, KeyEvent.CHAR_UNDEFINED);
        assertThat(sent()).isEqualTo("\u001bOA");
    }

    @Test
    void functionKeysAndModifiedArrowsUseXtermSequences() {
        press(KeyEvent.VK_F1, 0, KeyEvent.CHAR_UNDEFINED);
        press(KeyEvent.VK_F5, 0, KeyEvent.CHAR_UNDEFINED);
        press(KeyEvent.VK_LEFT, InputEvent.CTRL_DOWN_MASK, KeyEvent.CHAR_UNDEFINED);
        assertThat(sent()).isEqualTo("\u001bOP\u001b[15~\u001b[1;5D");
    }

    @Test
    void enterAndBackspaceAreSentOnceThoughAwtAlsoTypesThem() {
        press(KeyEvent.VK_ENTER, 0, '\n');
        press(KeyEvent.VK_BACK_SPACE, 0, '\b');
        assertThat(sent()).isEqualTo("\r\u007f");
    }

    @Test
    void ctrlLettersAndPunctuationBecomeControlCharacters() {
        press(KeyEvent.VK_C, InputEvent.CTRL_DOWN_MASK, (char) 3);
        press(KeyEvent.VK_SPACE, InputEvent.CTRL_DOWN_MASK, ' ');
        press(KeyEvent.VK_OPEN_BRACKET, InputEvent.CTRL_DOWN_MASK, (char) 27);
        assertThat(sent()).isEqualTo("\u0003\u0000\u001b");
    }

    @Test
    void altIsMetaAndTypedTextIsUtf8() {
        press(KeyEvent.VK_B, InputEvent.ALT_DOWN_MASK, 'b');
        press(KeyEvent.VK_UNDEFINED, 0, 'é');
        assertThat(sent()).isEqualTo("\u001bbé");
    }

    @Test
    void altGrTypesItsCharacterWithoutMeta() {
        press(KeyEvent.VK_Q, InputEvent.ALT_GRAPH_DOWN_MASK, '@');
        assertThat(sent()).isEqualTo("@");
    }

    @Test
    void keypadFollowsTheApplicationKeypadMode() {
        press(KeyEvent.VK_NUMPAD5, 0, '5', KeyEvent.KEY_LOCATION_NUMPAD);
        assertThat(sent()).isEqualTo("5");
        engine.feed("\u001b=".getBytes(StandardCharsets.US_ASCII));
        press(KeyEvent.VK_NUMPAD5, 0, '5', KeyEvent.KEY_LOCATION_NUMPAD);
        assertThat(sent()).isEqualTo("\u001bOu");
    }

    @Test
    void shiftTabIsBacktabAndTabIsTab() {
        press(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK, '\t');
        press(KeyEvent.VK_TAB, 0, '\t');
        assertThat(sent()).isEqualTo("\u001b[Z\t");
    }

    @Test
    void unknownKeysSendNothingAndBreakNothing() {
        press(KeyEvent.VK_F24 + 100, 0, KeyEvent.CHAR_UNDEFINED);
        press(KeyEvent.VK_SHIFT, InputEvent.SHIFT_DOWN_MASK, KeyEvent.CHAR_UNDEFINED);
        assertThat(sent()).isEmpty();
        press(KeyEvent.VK_A, 0, 'a');
        assertThat(sent()).isEqualTo("a");
    }
}
