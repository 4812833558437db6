package dev.linger.app.window;

import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.TabLayout;

import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One tab: a split tree of panes, one of them focused. */
public final class TerminalTab extends JPanel implements SplitTree.TreeHolder, PaneHost {
    private final AppWindow window;
    private Component root;
    private Pane focused;
    private String savedLabel = "";

    TerminalTab(AppWindow window, Component root, int focusedLeaf) {
        super(new BorderLayout());
        this.window = window;
        setName("tab");
        setRoot(root);
        List<Pane> panes = panes();
        focused = panes.isEmpty() ? null : panes.get(Math.min(focusedLeaf, panes.size() - 1));
        panes.forEach(p -> p.setHost(this));
        updateFocusLook();
    }

    @Override
    public void setRoot(Component newRoot) {
        if (root != null) {
            remove(root);
        }
        root = newRoot;
        if (newRoot != null) {
            add(newRoot, BorderLayout.CENTER);
            watchDividers(newRoot);
        }
        revalidate();
        repaint();
    }

    /** A divider dragged is a layout change: desktop.db keeps every split's ratio. */
    private void watchDividers(Component node) {
        if (node instanceof RatioSplitPane split) {
            if (split.getClientProperty(TerminalTab.class) == null) {
                split.putClientProperty(TerminalTab.class, Boolean.TRUE);
                split.addPropertyChangeListener(javax.swing.JSplitPane.DIVIDER_LOCATION_PROPERTY,
                        e -> window.host().layoutChanged());
            }
            watchDividers(split.getLeftComponent());
            watchDividers(split.getRightComponent());
        }
    }

    public Component root() {
        return root;
    }

    public List<Pane> panes() {
        return SplitTree.panes(root);
    }

    public Pane focusedPane() {
        return focused;
    }

    public AppWindow window() {
        return window;
    }

    /** Splits {@code target}: {@code added} goes right of it (horizontal) or below it. */
    public void split(Pane target, boolean horizontal, Pane added) {
        added.setHost(this);
        watchDividers(SplitTree.split(this, target, horizontal, added));
        focused = added;
        updateFocusLook();
        validate();
    }

    /** Takes a pane out; true when the tab has none left. */
    public boolean removePane(Pane pane) {
        List<Pane> before = panes();
        int index = before.indexOf(pane);
        SplitTree.remove(this, pane);
        List<Pane> after = panes();
        if (after.isEmpty()) {
            focused = null;
            return true;
        }
        if (focused == pane || !after.contains(focused)) {
            focused = after.get(Math.max(0, Math.min(index - 1, after.size() - 1)));
        }
        updateFocusLook();
        validate();
        return false;
    }

    /** What desktop.db keeps of this tab; empty while no pane has a session yet. */
    public Optional<TabLayout> tabLayout() {
        PaneLayout tree = SplitTree.capture(root);
        if (tree == null) {
            return Optional.empty();
        }
        List<Pane> withSession = panes().stream().filter(p -> p.sessionId() != null).toList();
        int leaf = Math.max(0, withSession.indexOf(focused));
        return Optional.of(new TabLayout(label(), tree, leaf));
    }

    public String label() {
        return focused == null ? "shell" : focused.label();
    }

    public boolean hasActivity() {
        return panes().stream().anyMatch(Pane::hasActivity);
    }

    public boolean hasBell() {
        return panes().stream().anyMatch(Pane::hasBell);
    }

    /** The focused pane's program has exited (or every pane's has). */
    public boolean isExited() {
        return focused != null && focused.state() == Pane.State.EXITED;
    }

    public void clearMarks() {
        panes().forEach(Pane::clearMarks);
    }

    public void focusPane(Pane p) {
        focused = p;
        updateFocusLook();
        p.focusTerminal();
    }

    /** Moves the focus to the pane in {@code direction}, if there is one. */
    public boolean moveFocus(PaneFocus.Direction direction) {
        if (focused == null) {
            return false;
        }
        Map<Pane, Rectangle> rects = new LinkedHashMap<>();
        for (Pane p : panes()) {
            rects.put(p, SwingUtilities.convertRectangle(p.getParent(), p.getBounds(), this));
        }
        Optional<Pane> next = PaneFocus.neighbour(rects.get(focused), rects, direction);
        next.ifPresent(this::focusPane);
        return next.isPresent();
    }

    void updateFocusLook() {
        List<Pane> panes = panes();
        boolean several = panes.size() > 1;
        for (Pane p : panes) {
            p.setFocusedLook(p == focused, several);
        }
    }

    // ------------------------------------------------------------------ PaneHost

    @Override
    public void paneChanged(Pane pane) {
        window.tabChanged(this);
        String now = label();
        if (!now.equals(savedLabel)) {
            // desktop.db keeps each tab's label too.
            savedLabel = now;
            window.host().layoutChanged();
        }
    }

    @Override
    public void paneFocused(Pane pane) {
        if (focused != pane) {
            focused = pane;
            updateFocusLook();
            window.tabChanged(this);
            window.host().layoutChanged();
        }
        pane.clearMarks();
    }

    @Override
    public void paneKilled(Pane pane) {
        window.removePane(this, pane);
    }

    @Override
    public void paneAction(Pane pane, PaneAction action) {
        window.paneAction(this, pane, action);
    }
}
