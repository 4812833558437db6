package dev.linger.app.agent;

/**
 * Which machine's agent a connection talks to. The app keeps one connection per host, and every
 * session id is only meaningful together with its host. Only {@link #LOCAL} (the agent of the
 * app's own home) exists today.
 */
public record HostId(String name) {
    /** The agent of this machine's Linger home. */
    public static final HostId LOCAL = new HostId("local");

    public HostId {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a host id needs a name, e.g. \"local\"");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
