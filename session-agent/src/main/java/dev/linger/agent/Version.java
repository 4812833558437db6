package dev.linger.agent;

/** The agent's release and the protocol it speaks; a client and agent must agree on PROTOCOL. */
public final class Version {
    public static final String RELEASE = "0.1.0";
    public static final int PROTOCOL = 1;

    private Version() {
    }
}
