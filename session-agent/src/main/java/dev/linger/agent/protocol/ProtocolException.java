package dev.linger.agent.protocol;

/** A request or frame that cannot be served, with the code and message the peer is sent. */
public class ProtocolException extends Exception {
    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
