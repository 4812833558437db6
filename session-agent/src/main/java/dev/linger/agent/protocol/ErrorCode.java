package dev.linger.agent.protocol;

/** Error codes in responses, JSON-RPC's where they fit and Linger's own below -32000. */
public enum ErrorCode {
    PARSE_ERROR(-32700),
    INVALID_REQUEST(-32600),
    METHOD_NOT_FOUND(-32601),
    INVALID_PARAMS(-32602),
    INTERNAL(-32603),
    VERSION_MISMATCH(-32001),
    HELLO_REQUIRED(-32002),
    UNKNOWN_SESSION(-32003),
    INVALID_NAME(-32004),
    NAME_IN_USE(-32005),
    FRAME_TOO_LARGE(-32006),
    MALFORMED_FRAME(-32007),
    SPAWN_FAILED(-32008),
    UNKNOWN_CHANNEL(-32009),
    SESSION_EXITED(-32010),
    PERMISSION_DENIED(-32011),
    /** The session's program does not read its input and the agent holds as much as it keeps for it. */
    INPUT_FULL(-32012);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ErrorCode of(int code) {
        for (ErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return INTERNAL;
    }
}
