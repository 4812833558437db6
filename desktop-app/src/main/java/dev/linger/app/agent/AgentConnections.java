package dev.linger.app.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's connections to agents, one per host, so that nothing reaches "the" agent through a
 * global: a pane uses the connection it was opened on, and only what has no pane to follow (a
 * first tab, the launch's restore) asks for the {@linkplain #local() local} one. Thread-safe.
 */
public final class AgentConnections implements AutoCloseable {
    private final Map<HostId, AgentConnection> byHost = new LinkedHashMap<>();

    /** Adds an open connection; a host has at most one. */
    public synchronized void add(AgentConnection connection) {
        if (byHost.putIfAbsent(connection.host(), connection) != null) {
            throw new IllegalStateException("there is already a connection to host " + connection.host());
        }
    }

    public synchronized Optional<AgentConnection> get(HostId host) {
        return Optional.ofNullable(byHost.get(host));
    }

    /** The connection to this machine's agent; fails before the launch has opened it. */
    public AgentConnection local() {
        return get(HostId.LOCAL).orElseThrow(() -> new IllegalStateException("the local agent is not connected yet"));
    }

    public synchronized List<AgentConnection> all() {
        return new ArrayList<>(byHost.values());
    }

    /** Closes every connection: the agents detach their channels, and every shell keeps running. */
    @Override
    public void close() {
        List<AgentConnection> open;
        synchronized (this) {
            open = new ArrayList<>(byHost.values());
            byHost.clear();
        }
        open.forEach(AgentConnection::close);
    }
}
