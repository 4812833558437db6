package dev.linger.bench;

/**
 * One row of the table: a figure for Linger beside tmux and a direct PTY, and its target;
 * {@code screen} says whether Linger's screen matched tmux's after the run (null where not compared).
 */
record Figure(String bench, String name, Cell linger, Cell tmux, Cell direct, Verdict verdict, String note, String screen) {
    static final Cell NA = Cell.none("n/a");

    Figure(String bench, String name, Cell linger, Cell tmux, Cell direct, Verdict verdict, String note) {
        this(bench, name, linger, tmux, direct, verdict, note, null);
    }
}
