package dev.linger.term;

import com.techsenger.jeditermfx.core.emulator.charset.CharacterSet;
import com.techsenger.jeditermfx.core.emulator.charset.CharacterSets;
import com.techsenger.jeditermfx.core.emulator.charset.GraphicSetState;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which runs skip the core's decoding, and that for those the decoding is indeed the identity. */
class PlainTextTest {

    /** Every character the shortcut may take while GL holds ASCII. */
    private static List<Character> plainCharacters() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0x20; c <= 0x7F; c++) {
            chars.add(c);
        }
        for (char c = 0xA0; c < PlainText.FIRST_COMBINING; c++) {
            chars.add(c);
        }
        return chars;
    }

    @Test
    void nfcLeavesEveryPlainCharacterAndEveryPairOfThemAlone() {
        List<Character> chars = plainCharacters();
        for (char a : chars) {
            for (char b : chars) {
                String pair = new String(new char[] {a, b});
                assertThat(Normalizer.normalize(pair, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) a, (int) b).isEqualTo(pair);
            }
        }
    }

    @Test
    void theCharacterSetsMapEveryPlainCharacterToItselfUnderAscii() {
        GraphicSetState ascii = new GraphicSetState();
        for (char c : plainCharacters()) {
            assertThat(CharacterSets.getChar(c, ascii.getGL(), ascii.getGR())).as("U+%04X", (int) c).isEqualTo(c);
        }
        GraphicSetState graphics = new GraphicSetState();
        graphics.designateGraphicSet(0, CharacterSet.DEC_SPECIAL_GRAPHICS);
        for (char c = 0xA0; c < PlainText.FIRST_COMBINING; c++) {
            assertThat(CharacterSets.getChar(c, graphics.getGL(), graphics.getGR())).as("U+%04X", (int) c).isEqualTo(c);
        }
    }

    @Test
    void asciiAndLatinTextPassesWhileGlHoldsAscii() {
        GraphicSetState charsets = new GraphicSetState();
        assertThat(PlainText.passesUnchanged("plain text ~ \u007f", charsets)).isTrue();
        assertThat(PlainText.passesUnchanged("caf\u00e9 \u00a0\u02ff", charsets)).isTrue();
        assertThat(PlainText.passesUnchanged("", charsets)).isTrue();
    }

    @Test
    void controlsCombiningMarksAndLaterCharactersTakeTheCorePath() {
        GraphicSetState charsets = new GraphicSetState();
        assertThat(PlainText.passesUnchanged("a\u0007", charsets)).isFalse();
        assertThat(PlainText.passesUnchanged("a\u0085", charsets)).isFalse();
        assertThat(PlainText.passesUnchanged("e\u0301", charsets)).isFalse();
        assertThat(PlainText.passesUnchanged("\u65e5", charsets)).isFalse();
        assertThat(PlainText.passesUnchanged("\ud83d\ude00", charsets)).isFalse();
    }

    @Test
    void asciiUnderDecGraphicsTakesTheCorePathButLatinDoesNot() {
        GraphicSetState charsets = new GraphicSetState();
        charsets.designateGraphicSet(0, CharacterSet.DEC_SPECIAL_GRAPHICS);
        assertThat(PlainText.passesUnchanged("lqqk", charsets)).isFalse();
        assertThat(PlainText.passesUnchanged("\u00e9\u00f1", charsets)).isTrue();
    }

    @Test
    void aPendingSingleShiftTakesTheCorePathAndIsNotSpent() {
        GraphicSetState charsets = new GraphicSetState();
        charsets.overrideGL(2);
        assertThat(PlainText.passesUnchanged("\u00e9", charsets)).isFalse();
        assertThat(charsets.getGLOverrideIndex()).isEqualTo(2);
    }
}
