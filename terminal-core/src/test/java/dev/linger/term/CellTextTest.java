package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @Test
    void ansiTextKeepsStrikethrough() {
        TerminalEngine engine = new TerminalEngine(40, 2, 10);
        engine.feed("\u001b[9mstruck\u001b[29m plain \u001b[1;9;31mbold\u001b[0m".getBytes(StandardCharsets.UTF_8));
        assertThat(CellText.ansi(engine.textBuffer().getLine(0)))
                .isEqualTo("\u001b[0;9mstruck\u001b[0m plain \u001b[0;1;9;38;5;1mbold\u001b[0m");
    }
}
