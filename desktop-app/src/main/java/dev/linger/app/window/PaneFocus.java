package dev.linger.app.window;

import java.awt.Rectangle;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which pane is "to the left" (right, above, below) of another: of the panes entirely on that
 * side, the one facing it (overlapping along the other axis) and nearest; ties go to the one
 * whose centre is best aligned.
 */
public final class PaneFocus {
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    /** Panes closer than this are touching (a split's divider lies between them). */
    private static final int SLACK = 12;

    private PaneFocus() {
    }

    public static <T> Optional<T> neighbour(Rectangle from, Map<T, Rectangle> panes, Direction d) {
        return panes.entrySet().stream()
                .filter(e -> !e.getValue().equals(from) && onSide(from, e.getValue(), d))
                .min(Comparator.<Map.Entry<T, Rectangle>>comparingInt(e -> overlap(from, e.getValue(), d) > 0 ? 0 : 1)
                        .thenComparingInt(e -> gap(from, e.getValue(), d))
                        .thenComparingInt(e -> misalignment(from, e.getValue(), d)))
                .map(Map.Entry::getKey);
    }

    private static boolean onSide(Rectangle a, Rectangle b, Direction d) {
        return switch (d) {
            case LEFT -> b.x + b.width <= a.x + SLACK && b.x < a.x;
            case RIGHT -> b.x >= a.x + a.width - SLACK && b.x > a.x;
            case UP -> b.y + b.height <= a.y + SLACK && b.y < a.y;
            case DOWN -> b.y >= a.y + a.height - SLACK && b.y > a.y;
        };
    }

    private static int gap(Rectangle a, Rectangle b, Direction d) {
        return switch (d) {
            case LEFT -> a.x - (b.x + b.width);
            case RIGHT -> b.x - (a.x + a.width);
            case UP -> a.y - (b.y + b.height);
            case DOWN -> b.y - (a.y + a.height);
        };
    }

    /** How much of the two spans along the axis across the movement overlap. */
    private static int overlap(Rectangle a, Rectangle b, Direction d) {
        boolean horizontalMove = d == Direction.LEFT || d == Direction.RIGHT;
        int a0 = horizontalMove ? a.y : a.x;
        int a1 = horizontalMove ? a.y + a.height : a.x + a.width;
        int b0 = horizontalMove ? b.y : b.x;
        int b1 = horizontalMove ? b.y + b.height : b.x + b.width;
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    private static int misalignment(Rectangle a, Rectangle b, Direction d) {
        boolean horizontalMove = d == Direction.LEFT || d == Direction.RIGHT;
        return horizontalMove ? Math.abs((int) a.getCenterY() - (int) b.getCenterY())
                : Math.abs((int) a.getCenterX() - (int) b.getCenterX());
    }
}
