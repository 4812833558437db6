package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A feed never runs much past the engine's time limit, and the engine takes output afterwards.
 * The limit is the agent's safety net for a core that loops on its input; no known input makes
 * the core loop any more (the overflowing-parameter loop is pinned in HostileParametersTest), so
 * the limit is shown with one feed far bigger than it allows. Time is what this test checks.
 */
class FeedTimeLimitTest {
    @Test
    void aFeedPastTheLimitEndsNearItAndTheEngineGoesOn() {
        TerminalEngine engine = new TerminalEngine(80, 24, 100);
        engine.setFeedTimeLimit(50);
        // 32 MB of text: the engine parses well under 100 MB/s, so this cannot end within 50 ms.
        byte[] flood = "0123456789 abcdefghijklmnopqrstuvwxyz 0123456789 abcdefghijklmnopqrstuvwxyz\r\n"
                .repeat(400_000).getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        assertThatThrownBy(() -> engine.feed(flood)).isInstanceOf(FeedTimeoutException.class)
                .hasMessageContaining("50 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        // The flood stopped mid-line: the next output starts on a line of its own.
        engine.feed("\r\nafter\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(engine.screenLines()).contains("after");
    }

    @Test
    void anEngineStartedOverKeepsScrollbackScreenAndLimitAndShowsTheNote() {
        TerminalEngine failed = new TerminalEngine(80, 5, 100);
        failed.setFeedTimeLimit(300);
        for (int i = 1; i <= 8; i++) {
            failed.feed(("line-" + i + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        TerminalEngine fresh = EngineRestart.after(failed);
        assertThat(fresh.feedTimeLimit()).isEqualTo(300);
        assertThat(fresh.historyAndScreenLines()).containsSubsequence("line-1", "line-8", EngineRestart.NOTE);
    }
}
