package dev.linger.agent.protocol;

/** Method and event names of the protocol. */
public final class Methods {
    public static final String HELLO = "hello";
    public static final String AGENT_STATUS = "agent.status";
    public static final String AGENT_STOP = "agent.stop";
    public static final String SESSION_CREATE = "session.create";
    public static final String SESSION_LIST = "session.list";
    public static final String SESSION_RENAME = "session.rename";
    public static final String SESSION_KILL = "session.kill";
    public static final String SESSION_RESIZE = "session.resize";
    public static final String SESSION_INPUT = "session.input";
    public static final String SESSION_CAPTURE = "session.capture";
    public static final String SESSION_ATTACH = "session.attach";
    public static final String SESSION_DETACH = "session.detach";
    public static final String SESSION_RESTORE = "session.restore";
    public static final String SESSION_FORGET = "session.forget";
    public static final String AGENT_CONFIG = "agent.config";

    /** Events, sent on an attached channel in order with its data. */
    public static final String EVENT_RESIZED = "session.resized";
    public static final String EVENT_EXITED = "session.exited";
    public static final String EVENT_RENAMED = "session.renamed";
    public static final String EVENT_CLOSED = "session.closed";
    /** The session's scrollback limit changed ({@code lines}); the client's store follows. */
    public static final String EVENT_SCROLLBACK = "session.scrollback";
    public static final String EVENT_SHUTDOWN = "agent.shutdown";

    private Methods() {
    }
}
