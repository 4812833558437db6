package dev.linger.agent.client;

import dev.linger.agent.protocol.Snapshot;

/** What arrives on an attached channel, in order, on the client's reader thread. */
public interface ChannelListener {
    /** The whole terminal: sent on attach and again after the client fell behind. */
    void onSnapshot(Snapshot snapshot);

    void onOutput(byte[] bytes);

    default void onResized(int cols, int rows) {
    }

    /**
     * The most lines of scrollback the session keeps: told in the attach response, before the
     * snapshot, and again whenever it changes. Keeping as many makes the client hold what the
     * agent holds; on a shrink the oldest lines beyond it go.
     */
    default void onScrollbackLimit(int lines) {
    }

    default void onExited(Integer exitCode) {
    }

    default void onRenamed(String name) {
    }

    default void onError(String message) {
    }

    /** The channel is gone: the session was killed, the agent stopped, or the connection broke. */
    default void onClosed(String reason) {
    }
}
