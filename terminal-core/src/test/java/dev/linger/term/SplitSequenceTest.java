package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Escape sequences cut across reads act as they do when read whole. */
class SplitSequenceTest {
    @Test
    void aSequenceArrivingAfterAFinishedUnfinishedOneStillActs() {
        // The first read ends inside a sequence; the second finishes it and ends on a bare ESC;
        // the third brings the rest of that one (cursor home) and text with no final byte in it.
        String[] reads = {"ab\u001b[!", "pcd\u001b", "[r0123\u00e9"};
        TerminalEngine split = new TerminalEngine(20, 4, 10);
        for (String read : reads) {
            split.feed(read.getBytes(StandardCharsets.UTF_8));
        }
        TerminalEngine whole = new TerminalEngine(20, 4, 10);
        whole.feed(String.join("", reads).getBytes(StandardCharsets.UTF_8));
        assertThat(split.screenLines()).isEqualTo(whole.screenLines());
        assertThat(split.screenLines().get(0)).isEqualTo("0123\u00e9");
        assertThat(split.pendingBytes()).isEmpty();
    }
}
