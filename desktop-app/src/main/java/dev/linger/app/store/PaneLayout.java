package dev.linger.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A tab's split tree as desktop.db keeps it: splits with a divider ratio, leaves with a session. */
public sealed interface PaneLayout permits PaneLayout.Split, PaneLayout.Leaf {

    /** A pane showing one agent session. */
    record Leaf(String sessionId) implements PaneLayout {
        public Leaf {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /**
     * Two panes side by side ({@code horizontal}: left | right) or stacked (top / bottom); {@code ratio}
     * is the first pane's share of the space, 0..1.
     */
    record Split(boolean horizontal, double ratio, PaneLayout first, PaneLayout second) implements PaneLayout {
        public Split {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            ratio = Double.isNaN(ratio) ? 0.5 : Math.max(0.05, Math.min(0.95, ratio));
        }
    }

    /** The session ids of the leaves, left to right (depth first). */
    default List<String> sessionIds() {
        List<String> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(PaneLayout node, List<String> out) {
        if (node instanceof Leaf leaf) {
            out.add(leaf.sessionId());
        } else if (node instanceof Split split) {
            collect(split.first(), out);
            collect(split.second(), out);
        }
    }

    /**
     * This tree with every leaf's session mapped by {@code map}; a leaf mapped to null is removed
     * and its split collapses into the sibling. Null when no leaf is left.
     */
    default PaneLayout mapSessions(java.util.function.Function<String, String> map) {
        if (this instanceof Leaf leaf) {
            String id = map.apply(leaf.sessionId());
            return id == null ? null : new Leaf(id);
        }
        Split split = (Split) this;
        PaneLayout a = split.first().mapSessions(map);
        PaneLayout b = split.second().mapSessions(map);
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Split(split.horizontal(), split.ratio(), a, b);
    }
}
