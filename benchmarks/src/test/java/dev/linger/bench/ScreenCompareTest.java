package dev.linger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenCompareTest {
    @Test
    void screensDifferingOnlyInTrailingBlanksAndBlankLinesMatch() {
        assertThat(ScreenCompare.firstDifference(List.of("abc", "de"), List.of("abc  ", "de", "", ""))).isNull();
    }

    @Test
    void composedAndDecomposedLettersMatch() {
        assertThat(ScreenCompare.firstDifference(List.of("caf\u00e9"), List.of("cafe\u0301"))).isNull();
    }

    @Test
    void namesTheFirstDifferingLineWithBothTexts() {
        assertThat(ScreenCompare.firstDifference(List.of("same", "linger", "x"), List.of("same", "tmux", "y")))
                .isEqualTo("line 2: Linger \"linger\" vs tmux \"tmux\"");
    }

    @Test
    void aLineOnlyOneSideHasIsADifference() {
        assertThat(ScreenCompare.firstDifference(List.of("a"), List.of("a", "b")))
                .isEqualTo("line 2: Linger \"\" vs tmux \"b\"");
    }
}
