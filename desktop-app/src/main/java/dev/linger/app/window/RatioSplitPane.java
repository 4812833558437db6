package dev.linger.app.window;

import javax.swing.JSplitPane;
import java.awt.Component;

/**
 * A split whose divider keeps a ratio: set before the split has a size, applied at its first
 * layout; kept when the window grows or shrinks; updated when the user drags the divider.
 */
public final class RatioSplitPane extends JSplitPane {
    private double pendingRatio;
    private double ratio;

    public RatioSplitPane(boolean horizontal, double ratio, Component first, Component second) {
        super(horizontal ? HORIZONTAL_SPLIT : VERTICAL_SPLIT, true, first, second);
        this.ratio = clamp(ratio);
        this.pendingRatio = this.ratio;
        setResizeWeight(this.ratio);
        setBorder(null);
        setOneTouchExpandable(false);
        setName("split");
        addPropertyChangeListener(DIVIDER_LOCATION_PROPERTY, e -> {
            if (pendingRatio < 0 && extent() > 0) {
                this.ratio = clamp((double) getDividerLocation() / extent());
                setResizeWeight(this.ratio);
            }
        });
    }

    /** Side by side (left | right), as opposed to stacked. */
    public boolean isHorizontal() {
        return getOrientation() == HORIZONTAL_SPLIT;
    }

    /** The first pane's share of the space. */
    public double ratio() {
        return pendingRatio >= 0 ? pendingRatio : ratio;
    }

    private int extent() {
        int size = isHorizontal() ? getWidth() : getHeight();
        return size - getDividerSize();
    }

    @Override
    public void doLayout() {
        if (pendingRatio >= 0 && extent() > 0) {
            double r = pendingRatio;
            pendingRatio = -1;
            ratio = r;
            setDividerLocation((int) Math.round(r * extent()));
        }
        super.doLayout();
    }

    private static double clamp(double r) {
        return Double.isNaN(r) ? 0.5 : Math.max(0.05, Math.min(0.95, r));
    }
}
