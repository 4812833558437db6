package dev.linger.view;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PasteTextTest {
    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void lineBreaksBecomeCarriageReturnsLikeTheEnterKey() {
        assertThat(s(PasteText.encode("a\nb\r\nc", false))).isEqualTo("a\rb\rc");
    }

    @Test
    void bracketedPasteIsWrappedInMarkers() {
        assertThat(s(PasteText.encode("ls\n", true))).isEqualTo("\u001b[200~ls\r\u001b[201~");
    }

    @Test
    void anEndMarkerInsideThePastedTextCannotEndTheBracketEarly() {
        String hostile = "x\u001b[201~rm -rf ~\n";
        assertThat(s(PasteText.encode(hostile, true))).isEqualTo("\u001b[200~xrm -rf ~\r\u001b[201~");
    }

    @Test
    void countsLinesForTheQuestion() {
        assertThat(PasteText.hasLineBreak("one line")).isFalse();
        assertThat(PasteText.hasLineBreak("cmd\n")).isTrue();
        assertThat(PasteText.lineCount("a\nb\nc")).isEqualTo(3);
        assertThat(PasteText.lineCount("a\n")).isEqualTo(1);
    }
}
