package dev.linger.term;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** ICH ({@code CSI n @}) beyond the end of what a line holds. */
class InsertBlankCharactersTest {
    private static void feed(TerminalEngine e, String s) {
        e.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void blanksInsertedOnAShortLineHaveTheDefaultStyleAndTheLineStillScrollsAndSnapshots() {
        TerminalEngine e = new TerminalEngine(20, 3, 10);
        feed(e, "\u001b[5@x\u001b[3G\u001b[2@\u001b[31my\u001b[0m\r\n");
        for (TerminalLine.TextEntry entry : e.textBuffer().getLine(0).getEntries()) {
            assertThat(entry.getStyle()).isNotNull();
        }
        String before = e.screenLines().get(0);
        byte[] screen = ScreenSerializer.serialize(e);

        TerminalEngine copy = new TerminalEngine(20, 3, 10);
        copy.feed(screen);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());

        feed(e, "1\r\n2\r\n3\r\n");
        assertThat(e.scrollback().size()).isEqualTo(2);
        assertThat(e.scrollback().text(0).stripTrailing()).isEqualTo(before);
    }
}
