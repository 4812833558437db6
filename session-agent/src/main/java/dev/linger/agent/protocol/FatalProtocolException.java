package dev.linger.agent.protocol;

/** A protocol error after which the byte stream cannot be trusted: answer, then close. */
public final class FatalProtocolException extends ProtocolException {
    public FatalProtocolException(ErrorCode code, String message) {
        super(code, message);
    }
}
