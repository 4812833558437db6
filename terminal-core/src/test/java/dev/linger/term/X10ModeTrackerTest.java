package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class X10ModeTrackerTest {
    private final X10ModeTracker tracker = new X10ModeTracker();

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        tracker.scan(b, 0, b.length);
    }

    @Test
    void decset9EnablesAndDecrst9Disables() {
        feed("text\u001b[?9h more");
        assertThat(tracker.enabled()).isTrue();
        feed("\u001b[?9l");
        assertThat(tracker.enabled()).isFalse();
    }

    @Test
    void aSequenceSplitAcrossReadsStillCounts() {
        feed("\u001b[");
        feed("?");
        feed("9");
        feed("h");
        assertThat(tracker.enabled()).isTrue();
    }

    @Test
    void nineAmongSeveralParametersCountsAndOtherModesDoNot() {
        feed("\u001b[?1006;9h");
        assertThat(tracker.enabled()).isTrue();
        feed("\u001b[?1000h");
        assertThat(tracker.enabled()).as("another tracking mode replaces X10").isFalse();
        feed("\u001b[?99h\u001b[?19h\u001b[9h");
        assertThat(tracker.enabled()).isFalse();
    }

    @Test
    void fullResetClearsIt() {
        feed("\u001b[?9h\u001bc");
        assertThat(tracker.enabled()).isFalse();
    }
}
