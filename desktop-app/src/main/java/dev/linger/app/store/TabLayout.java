package dev.linger.app.store;

import java.util.Objects;

/**
 * One tab: its split tree, the label it showed, and which pane (index among the leaves, depth
 * first) had the focus.
 */
public record TabLayout(String title, PaneLayout root, int focusedLeaf) {
    public TabLayout {
        Objects.requireNonNull(root, "root");
        title = title == null ? "" : title;
        focusedLeaf = Math.max(0, focusedLeaf);
    }
}
