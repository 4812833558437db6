package dev.linger.agent.session;

/**
 * A request the sessions cannot serve, with the reason in the sessions' own terms: the server
 * turns each reason into the protocol's error code, so nothing here knows the wire.
 */
public final class SessionException extends Exception {
    /** Why a request failed. */
    public enum Reason {
        /** A parameter is out of range or malformed (a size, a directory, a setting). */
        BAD_ARGUMENT,
        /** A session name breaks the naming rules. */
        BAD_NAME,
        /** The name (or id) belongs to another session. */
        NAME_TAKEN,
        /** No session has that name or id. */
        NOT_FOUND,
        /** The session's process has ended (exited, or only restorable). */
        ENDED,
        /** The shell could not be started. */
        SPAWN_FAILED,
        /** Something the agent needs (agent.db) is not available. */
        UNAVAILABLE,
        /** The program does not read its input, and as much as the agent keeps for it already waits. */
        INPUT_FULL
    }

    private final Reason reason;

    public SessionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
