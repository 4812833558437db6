package dev.linger.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewportTest {
    @Test
    void followsTheScreenUntilScrolledUp() {
        Viewport v = new Viewport();
        assertThat(v.top(100, 500)).isEqualTo(500);
        assertThat(v.top(110, 510)).isEqualTo(510);
    }

    @Test
    void staysOnTheSameLinesWhileOutputArrives() {
        Viewport v = new Viewport();
        v.scrollBy(-20, 100, 500);
        assertThat(v.top(100, 500)).isEqualTo(480);
        assertThat(v.following()).isFalse();
        // 30 more lines scrolled into a store still below its capacity
        assertThat(v.top(130, 530)).isEqualTo(480);
        assertThat(v.linesAbove(130, 530)).isEqualTo(80);
    }

    @Test
    void whenTheStoreDropsTheShownLinesTheViewClampsToTheOldestKept() {
        Viewport v = new Viewport();
        v.scrollBy(-90, 100, 500);
        // a full store of 100 lines: the oldest kept is now 600 - 100 = 500
        assertThat(v.top(100, 600)).isEqualTo(500);
    }

    @Test
    void scrollingToOrPastTheBottomFollowsAgain() {
        Viewport v = new Viewport();
        v.scrollBy(-5, 100, 500);
        v.scrollBy(50, 100, 500);
        assertThat(v.following()).isTrue();
        v.scrollBy(-5, 100, 500);
        v.scrollToBottom();
        assertThat(v.top(100, 700)).isEqualTo(700);
    }

    @Test
    void revealMovesOnlyWhenTheLineIsOffScreen() {
        Viewport v = new Viewport();
        v.reveal(505, 24, 100, 500);
        assertThat(v.following()).isTrue();
        v.reveal(430, 24, 100, 500);
        assertThat(v.top(100, 500)).isEqualTo(430 - 8);
    }
}
