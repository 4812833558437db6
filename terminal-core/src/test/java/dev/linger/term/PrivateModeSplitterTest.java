package dev.linger.term;

import dev.linger.term.TerminalEngine;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateModeSplitterTest {
    private final PrivateModeSplitter splitter = new PrivateModeSplitter();

    private String run(String... chunks) {
        StringBuilder sb = new StringBuilder();
        for (String c : chunks) {
            byte[] in = c.getBytes(StandardCharsets.ISO_8859_1);
            splitter.process(in, 0, in.length);
            sb.append(new String(splitter.result(), splitter.offset(), splitter.length(), StandardCharsets.ISO_8859_1));
        }
        return sb.toString();
    }

    @Test
    void severalModesBecomeOneSequenceEach() {
        assertThat(run("a\u001b[?1000;1006hb")).isEqualTo("a\u001b[?1000h\u001b[?1006hb");
        assertThat(run("\u001b[?1049;25l")).isEqualTo("\u001b[?1049l\u001b[?25l");
    }

    @Test
    void everythingElsePassesThroughUnchanged() {
        String other = "plain \u001b[31mred\u001b[0m \u001b[?25h \u001b]0;title\u0007 \u001b(0q\u001b(B \u001b[?1;2$p \u001b\u001b[A";
        assertThat(run(other)).isEqualTo(other);
    }

    @Test
    void aSequenceSplitAcrossReadsIsHeldUntilComplete() {
        assertThat(run("x\u001b[?10", "00;10", "06hy")).isEqualTo("x\u001b[?1000h\u001b[?1006hy");
    }

    @Test
    void theEngineThenSeesEveryMode() {
        TerminalEngine engine = new TerminalEngine(20, 5, 0);
        String out = run("\u001b[?1002;1006h");
        engine.feed(out.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(engine.display().mouseMode()).isEqualTo(MouseMode.MOUSE_REPORTING_BUTTON_MOTION);
        assertThat(engine.display().mouseFormat()).isEqualTo(MouseFormat.MOUSE_FORMAT_SGR);
    }
}
