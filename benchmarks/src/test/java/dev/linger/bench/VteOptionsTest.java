package dev.linger.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VteOptionsTest {
    @Test
    void defaultsToEveryWorkloadAtFullSizeOrAQuickSize() {
        assertThat(VteOptions.of(false, null, null, null))
                .isEqualTo(new VteOptions(100, 5, List.of(VteWorkload.values())));
        assertThat(VteOptions.of(true, null, null, null))
                .isEqualTo(new VteOptions(10, 3, List.of(VteWorkload.values())));
    }

    @Test
    void takesWorkloadsByTheirOptionNames() {
        assertThat(VteOptions.of(true, 2, 1, "cursor-motion, plain").workloads())
                .containsExactly(VteWorkload.CURSOR_MOTION, VteWorkload.PLAIN);
    }

    @Test
    void anUnknownWorkloadIsRefusedWithTheNamesAllowed() {
        assertThatThrownBy(() -> VteOptions.of(false, null, null, "dense"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown vte workload 'dense'")
                .hasMessageContaining("dense-cells");
    }

    @Test
    void aSizeOrRoundCountBelowOneIsRefused() {
        assertThatThrownBy(() -> VteOptions.of(false, 0, null, null)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> VteOptions.of(false, null, 0, null)).hasMessageContaining("at least 1");
    }
}
