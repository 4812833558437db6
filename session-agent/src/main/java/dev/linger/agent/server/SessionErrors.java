package dev.linger.agent.server;

import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.session.SessionException;

/** Turns the sessions' failures into the protocol's errors: the one place the two meet. */
final class SessionErrors {
    private SessionErrors() {
    }

    static ProtocolException toProtocol(SessionException e) {
        return new ProtocolException(code(e.reason()), e.getMessage());
    }

    static ErrorCode code(SessionException.Reason reason) {
        return switch (reason) {
            case BAD_ARGUMENT -> ErrorCode.INVALID_PARAMS;
            case BAD_NAME -> ErrorCode.INVALID_NAME;
            case NAME_TAKEN -> ErrorCode.NAME_IN_USE;
            case NOT_FOUND -> ErrorCode.UNKNOWN_SESSION;
            case ENDED -> ErrorCode.SESSION_EXITED;
            case SPAWN_FAILED -> ErrorCode.SPAWN_FAILED;
            case UNAVAILABLE -> ErrorCode.INTERNAL;
            case INPUT_FULL -> ErrorCode.INPUT_FULL;
        };
    }
}
