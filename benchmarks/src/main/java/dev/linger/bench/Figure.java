package dev.linger.bench;

/** One row of the table: a figure for Linger beside tmux and a direct PTY, and its target. */
record Figure(String bench, String name, Cell linger, Cell tmux, Cell direct, Verdict verdict, String note) {
    static final Cell NA = Cell.none("n/a");
}
