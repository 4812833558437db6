package dev.linger.view;

/**
 * Where a {@link TerminalView} gets its bytes and sends the user's: a local PTY for tests and the
 * demo, an agent session in the app. Implementations are thread-safe; {@link #write} never blocks
 * the caller for long, because the caller is usually the Swing event thread.
 */
public interface TerminalConnector extends AutoCloseable {

    /** Receives output on the connector's single reader thread, in order. */
    interface Listener {
        /** Bytes from the program; the array may be reused after this returns. */
        void output(byte[] buffer, int offset, int length);

        /** The program or the connection ended; no output follows. {@code exitCode} is -1 if unknown. */
        void closed(int exitCode);
    }

    /** Starts reading; called once, before any other method. */
    void start(Listener listener);

    /** Queues the user's bytes (keys, paste, mouse reports) for the program. */
    void write(byte[] bytes);

    /** Tells the program the grid size (for a PTY: TIOCSWINSZ, so the shell gets SIGWINCH). */
    void resize(int columns, int rows);

    /**
     * True when the view's own emulator must answer the program's queries (cursor position,
     * device attributes): a local PTY has nobody else to answer. An agent session answers them
     * itself, and a second answer from the view would reach the program twice.
     */
    boolean answersQueriesLocally();

    /** Ends the connection (for a local PTY: the process); idempotent. */
    @Override
    void close();
}
