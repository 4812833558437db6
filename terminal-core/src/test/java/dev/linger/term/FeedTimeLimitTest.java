package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed never runs much past the engine's time limit, and the engine takes output afterwards.
 * The input is one the core looped on for ever (an overflowing parameter before a minus sign);
 * whether the core still does or not, the time is what this test checks.
 */
class FeedTimeLimitTest {
    @Test
    void aFeedTheCoreLoopsOnEndsNearTheLimitAndTheEngineGoesOn() {
        TerminalEngine engine = new TerminalEngine(80, 24, 100);
        engine.setFeedTimeLimit(300);
        long start = System.nanoTime();
        try {
            engine.feed("\u001b[2147483648;-1x".getBytes(StandardCharsets.US_ASCII));
        } catch (FeedTimeoutException e) {
            assertThat(e).hasMessageContaining("300 ms");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        engine.feed("after\r\n".getBytes(StandardCharsets.US_ASCII));
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
