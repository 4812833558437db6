package dev.linger.app.window;

import dev.linger.app.store.PaneLayout;

import javax.swing.JSplitPane;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A tab's split tree is its Swing tree: a {@link Pane}, or a {@link RatioSplitPane} of two such
 * trees. These are the operations on it: build one from desktop.db's layout, read it back, split
 * a pane, take one out.
 */
public final class SplitTree {
    private SplitTree() {
    }

    /** The components for {@code layout}; {@code paneFor} makes the pane of each leaf's session. */
    public static Component build(PaneLayout layout, Function<String, Pane> paneFor) {
        if (layout instanceof PaneLayout.Leaf leaf) {
            return paneFor.apply(leaf.sessionId());
        }
        PaneLayout.Split split = (PaneLayout.Split) layout;
        return new RatioSplitPane(split.horizontal(), split.ratio(), build(split.first(), paneFor),
                build(split.second(), paneFor));
    }

    /** The layout of a tree; panes with no session yet are left out (null when none has one). */
    public static PaneLayout capture(Component node) {
        if (node instanceof Pane pane) {
            return pane.sessionId() == null ? null : new PaneLayout.Leaf(pane.sessionId());
        }
        if (node instanceof RatioSplitPane split) {
            PaneLayout a = capture(split.getLeftComponent());
            PaneLayout b = capture(split.getRightComponent());
            if (a == null || b == null) {
                return a != null ? a : b;
            }
            return new PaneLayout.Split(split.isHorizontal(), split.ratio(), a, b);
        }
        return null;
    }

    /** The panes, depth first (left before right, top before bottom). */
    public static List<Pane> panes(Component node) {
        List<Pane> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Component node, List<Pane> out) {
        if (node instanceof Pane pane) {
            out.add(pane);
        } else if (node instanceof JSplitPane split) {
            collect(split.getLeftComponent(), out);
            collect(split.getRightComponent(), out);
        }
    }

    /**
     * Puts a split where {@code target} is: {@code target} first, {@code added} second. Returns
     * the new split; {@code holder} is the tab that holds the tree.
     */
    public static RatioSplitPane split(TreeHolder holder, Pane target, boolean horizontal, Pane added) {
        Container parent = target.getParent();
        RatioSplitPane split;
        if (parent instanceof JSplitPane ps) {
            boolean first = ps.getLeftComponent() == target;
            int location = ps.getDividerLocation();
            split = new RatioSplitPane(horizontal, 0.5, target, added);
            if (first) {
                ps.setLeftComponent(split);
            } else {
                ps.setRightComponent(split);
            }
            ps.setDividerLocation(location);
        } else {
            split = new RatioSplitPane(horizontal, 0.5, target, added);
            holder.setRoot(split);
        }
        return split;
    }

    /**
     * Takes {@code pane} out: its split is replaced by the sibling. Returns the sibling subtree (or
     * null when the pane was the whole tree).
     */
    public static Component remove(TreeHolder holder, Pane pane) {
        Container parent = pane.getParent();
        if (!(parent instanceof JSplitPane split)) {
            holder.setRoot(null);
            return null;
        }
        Component sibling = split.getLeftComponent() == pane ? split.getRightComponent() : split.getLeftComponent();
        split.remove(pane);
        split.remove(sibling);
        Container grand = split.getParent();
        if (grand instanceof JSplitPane gs) {
            int location = gs.getDividerLocation();
            if (gs.getLeftComponent() == split) {
                gs.setLeftComponent(sibling);
            } else {
                gs.setRightComponent(sibling);
            }
            gs.setDividerLocation(location);
        } else {
            holder.setRoot(sibling);
        }
        return sibling;
    }

    /** What holds a tree's root (a tab). */
    public interface TreeHolder {
        void setRoot(Component root);
    }
}
