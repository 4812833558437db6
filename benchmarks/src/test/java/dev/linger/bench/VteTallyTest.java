package dev.linger.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VteTallyTest {
    @Test
    void theSpeedRatioIsTheMedianOfEachRoundsRatio() {
        VteTally t = new VteTally(50_000_000);
        // Rounds: tmux/Linger time 2.0, 0.5, 1.5 -> median 1.5, though the median times alone give 1.0.
        double[][] rounds = {{1.0, 2.0}, {4.0, 2.0}, {2.0, 3.0}};
        for (double[] r : rounds) {
            t.run(VteTally.LINGER, r[0], 0, null, null);
            t.run(VteTally.TMUX, r[1], 0, null, null);
        }
        assertThat(t.medianSpeedRatio(VteTally.LINGER, VteTally.TMUX)).isEqualTo(1.5);
    }

    @Test
    void cpuIsSummedOverRunsAndGivenPer100Mb() {
        VteTally t = new VteTally(50_000_000);
        t.run(VteTally.LINGER, 1, 1.0, null, null);
        t.run(VteTally.LINGER, 1, 2.0, null, null);
        // 3 CPU seconds over 2 x 50 MB.
        assertThat(t.cpuPer100Mb(VteTally.LINGER)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void theScreenColumnCountsDifferencesAndKeepsTheFirst() {
        VteTally t = new VteTally(1);
        assertThat(t.screenVerdict()).isEqualTo("not compared");
        t.screens(null);
        assertThat(t.screenVerdict()).isEqualTo("equal");
        t.screens("line 3: first");
        t.screens("line 4: second");
        assertThat(t.screenVerdict()).isEqualTo("differs 2/3");
        assertThat(t.firstDifference()).isEqualTo("line 3: first");
    }
}
