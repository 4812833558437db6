package dev.linger.view;

/**
 * Which lines the view shows, in absolute line numbers: the scrollback store's oldest kept line is
 * {@code totalAppended - historySize}, the screen's first row is {@code totalAppended}. A line
 * keeps its number when it scrolls off the screen into the store, so a view scrolled up to a
 * number stays on the same text while output arrives; following the live screen is a separate
 * state, entered again by scrolling to the bottom.
 */
public final class Viewport {
    private boolean following = true;
    private long top;

    /** The absolute number of the first visible row. */
    public long top(int historySize, long totalAppended) {
        if (following) {
            return totalAppended;
        }
        return clamp(top, historySize, totalAppended);
    }

    public boolean following() {
        return following;
    }

    /** Scrolls by {@code lines} (negative: up, into the history). */
    public void scrollBy(long lines, int historySize, long totalAppended) {
        scrollTo(top(historySize, totalAppended) + lines, historySize, totalAppended);
    }

    /** Puts absolute line {@code absTop} at the top; at or below the live screen's top: follow it. */
    public void scrollTo(long absTop, int historySize, long totalAppended) {
        long t = clamp(absTop, historySize, totalAppended);
        following = t >= totalAppended;
        top = t;
    }

    /** Scrolls so absolute line {@code abs} is visible, a third from the top if it must move. */
    public void reveal(long abs, int rows, int historySize, long totalAppended) {
        long t = top(historySize, totalAppended);
        if (abs >= t && abs < t + rows) {
            return;
        }
        scrollTo(abs - rows / 3, historySize, totalAppended);
    }

    public void scrollToBottom() {
        following = true;
    }

    /** Lines of history above the first visible row: the scrollbar's value. */
    public int linesAbove(int historySize, long totalAppended) {
        return (int) (top(historySize, totalAppended) - (totalAppended - historySize));
    }

    private static long clamp(long t, int historySize, long totalAppended) {
        long first = totalAppended - historySize;
        return Math.max(first, Math.min(totalAppended, t));
    }
}
