package dev.linger.agent.session;

/**
 * What a session tells its attached clients, in order with their output. The server writes each
 * as a protocol event; the session only says what happened.
 */
public sealed interface SessionEvent {
    /** The session got a new name. */
    record Renamed(String name) implements SessionEvent {
    }

    /** The terminal took a new size. */
    record Resized(int columns, int rows) implements SessionEvent {
    }

    /** The shell ended; {@code exitCode} null when unknown. */
    record Exited(Integer exitCode) implements SessionEvent {
    }

    /** The session now keeps at most {@code lines} lines of scrollback (the oldest beyond went). */
    record ScrollbackLimit(int lines) implements SessionEvent {
    }

    /** The session was killed: the channel is gone. */
    record Closed() implements SessionEvent {
    }

    /** The agent is stopping: the channel is gone. */
    record Shutdown() implements SessionEvent {
    }
}
