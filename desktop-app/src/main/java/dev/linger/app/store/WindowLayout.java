package dev.linger.app.store;

import java.awt.Rectangle;
import java.util.List;

/** One window: where it was, whether maximised, its tabs in order and which was selected. */
public record WindowLayout(Rectangle bounds, boolean maximized, int selectedTab, List<TabLayout> tabs) {
    public WindowLayout {
        bounds = bounds == null ? null : new Rectangle(bounds);
        tabs = List.copyOf(tabs);
        selectedTab = tabs.isEmpty() ? 0 : Math.max(0, Math.min(tabs.size() - 1, selectedTab));
    }
}
