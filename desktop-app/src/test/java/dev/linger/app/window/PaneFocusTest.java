package dev.linger.app.window;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PaneFocusTest {
    //  +-----+-----+
    //  |  a  |  b  |
    //  |     +--+--+
    //  |     |c |d |
    //  +-----+--+--+
    private final Map<String, Rectangle> panes = new LinkedHashMap<>();

    PaneFocusTest() {
        panes.put("a", new Rectangle(0, 0, 400, 600));
        panes.put("b", new Rectangle(406, 0, 400, 300));
        panes.put("c", new Rectangle(406, 306, 197, 294));
        panes.put("d", new Rectangle(609, 306, 197, 294));
    }

    private String from(String p, PaneFocus.Direction d) {
        return PaneFocus.neighbour(panes.get(p), panes, d).orElse("-");
    }

    @Test
    void movesToTheFacingNeighbour() {
        assertThat(from("a", PaneFocus.Direction.RIGHT)).isIn("b", "c");
        assertThat(from("b", PaneFocus.Direction.LEFT)).isEqualTo("a");
        assertThat(from("c", PaneFocus.Direction.LEFT)).isEqualTo("a");
        assertThat(from("d", PaneFocus.Direction.LEFT)).isEqualTo("c");
        assertThat(from("b", PaneFocus.Direction.DOWN)).isIn("c", "d");
        assertThat(from("d", PaneFocus.Direction.UP)).isEqualTo("b");
        assertThat(from("c", PaneFocus.Direction.RIGHT)).isEqualTo("d");
    }

    @Test
    void nothingBeyondTheEdge() {
        assertThat(from("a", PaneFocus.Direction.LEFT)).isEqualTo("-");
        assertThat(from("a", PaneFocus.Direction.UP)).isEqualTo("-");
        assertThat(from("d", PaneFocus.Direction.RIGHT)).isEqualTo("-");
        assertThat(from("b", PaneFocus.Direction.UP)).isEqualTo("-");
    }
}
