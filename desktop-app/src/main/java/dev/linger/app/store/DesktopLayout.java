package dev.linger.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every window of the app with its tabs and splits: what desktop.db restores on launch. */
public record DesktopLayout(List<WindowLayout> windows) {
    public static final DesktopLayout EMPTY = new DesktopLayout(List.of());

    public DesktopLayout {
        windows = List.copyOf(windows);
    }

    public boolean isEmpty() {
        return windows.isEmpty();
    }

    /** Every session shown in some pane, in window, tab and pane order. */
    public List<String> sessionIds() {
        List<String> out = new ArrayList<>();
        for (WindowLayout w : windows) {
            for (TabLayout t : w.tabs()) {
                out.addAll(t.root().sessionIds());
            }
        }
        return out;
    }

    /**
     * The layout with sessions renamed by {@code map} (a recreated session gets a new id) and the
     * panes whose session maps to null dropped; tabs and windows left empty are dropped too.
     */
    public DesktopLayout mapSessions(Function<String, String> map) {
        List<WindowLayout> out = new ArrayList<>();
        for (WindowLayout w : windows) {
            List<TabLayout> tabs = new ArrayList<>();
            int selected = 0;
            for (int i = 0; i < w.tabs().size(); i++) {
                TabLayout t = w.tabs().get(i);
                PaneLayout root = t.root().mapSessions(map);
                if (root == null) {
                    continue;
                }
                if (i == w.selectedTab()) {
                    selected = tabs.size();
                }
                int leaves = root.sessionIds().size();
                tabs.add(new TabLayout(t.title(), root, Math.min(t.focusedLeaf(), leaves - 1)));
            }
            if (!tabs.isEmpty()) {
                out.add(new WindowLayout(w.bounds(), w.maximized(), selected, tabs));
            }
        }
        return new DesktopLayout(out);
    }
}
