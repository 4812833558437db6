package dev.linger.app.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopLayoutTest {
    @Test
    void mappingSessionsRenamesDropsAndCollapsesSplits() {
        PaneLayout tree = new PaneLayout.Split(true, 0.5, new PaneLayout.Leaf("a"),
                new PaneLayout.Split(false, 0.4, new PaneLayout.Leaf("b"), new PaneLayout.Leaf("c")));
        DesktopLayout layout = new DesktopLayout(List.of(new WindowLayout(null, false, 1,
                List.of(new TabLayout("t1", new PaneLayout.Leaf("x"), 0), new TabLayout("t2", tree, 2)))));
        Map<String, String> map = Map.of("a", "a", "c", "c2");
        DesktopLayout mapped = layout.mapSessions(map::get);
        assertThat(mapped.windows()).hasSize(1);
        assertThat(mapped.windows().get(0).tabs()).hasSize(1);
        assertThat(mapped.windows().get(0).selectedTab()).isZero();
        TabLayout t = mapped.windows().get(0).tabs().get(0);
        assertThat(t.root()).isEqualTo(new PaneLayout.Split(true, 0.5, new PaneLayout.Leaf("a"), new PaneLayout.Leaf("c2")));
        assertThat(t.focusedLeaf()).isEqualTo(1);
        assertThat(layout.mapSessions(id -> null).isEmpty()).isTrue();
    }
}
