package dev.linger.app.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.ChannelListener;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.view.TerminalConnector;
import dev.linger.view.TerminalView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TerminalView}'s bytes over an agent session: attach (a snapshot that replaces the view's
 * whole terminal, then the live stream), input and resizes on the connection's I/O thread, and the
 * session's events turned into {@link Events} on the event thread. The view keeps as many lines
 * of scrollback as the session does: the agent says how many before each attach's snapshot and
 * again whenever its setting changes. Closing detaches: the shell
 * keeps running. The same connector can be attached again, to another session or after the agent
 * came back ({@link #reattach}).
 */
public final class AgentSessionConnector implements TerminalConnector {
    private static final Logger LOG = LoggerFactory.getLogger(AgentSessionConnector.class);

    /** What the pane around the view hears, on the event thread. */
    public interface Events {
        void attached(SessionInfo info);

        void attachFailed(String message);

        /** The snapshot is in the view: its screen is the agent's. */
        default void snapshotApplied() {
        }

        /** Output arrived (coalesced: at most one call per event-thread turn). */
        default void activity() {
        }

        void exited(Integer exitCode);

        void renamed(String name);

        /** The session was killed (by this app, the CLI or another client). */
        void killed();

        /** The agent went away (stopped or died) while attached. */
        void lost();
    }

    private final AgentConnection connection;
    private final TerminalView view;
    private final Events events;
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicBoolean activityPending = new AtomicBoolean();
    private volatile String sessionId;
    private volatile AgentClient client;
    private volatile int channel = -1;
    private volatile int columns;
    private volatile int rows;
    private volatile boolean closed;
    private volatile TerminalConnector.Listener listener;
    /** Only touched on the I/O thread. */
    private int sentColumns;
    private int sentRows;

    public AgentSessionConnector(AgentConnection connection, String sessionId, TerminalView view, Events events) {
        this.connection = connection;
        this.sessionId = sessionId;
        this.view = view;
        this.events = events;
        this.columns = view.columns();
        this.rows = view.rows();
    }

    public String sessionId() {
        return sessionId;
    }

    @Override
    public void start(Listener l) {
        this.listener = l;
        attach();
    }

    /** Detaches from the current session (if attached) and attaches to {@code id}. */
    public void reattach(String id) {
        int old = channel;
        AgentClient oldClient = client;
        channel = -1;
        sessionId = id;
        closed = false;
        if (old >= 0 && oldClient != null) {
            connection.io(() -> detachQuietly(oldClient, old));
        }
        attach();
    }

    private void attach() {
        int gen = generation.incrementAndGet();
        String id = sessionId;
        connection.io(() -> {
            if (closed || gen != generation.get()) {
                return;
            }
            try {
                AgentClient c = connection.client();
                int cols = columns;
                int rowCount = rows;
                JsonNode info = c.attach(id, cols, rowCount, new Channel(gen));
                if (gen != generation.get() || closed) {
                    detachQuietly(c, info.path("channel").asInt());
                    return;
                }
                client = c;
                channel = info.path("channel").asInt();
                sentColumns = cols;
                sentRows = rowCount;
                SessionInfo si = SessionInfo.of(info);
                SwingUtilities.invokeLater(() -> events.attached(si));
                sendSize();
            } catch (IOException | ProtocolException e) {
                LOG.debug("attach to {} failed: {}", id, e.getMessage());
                String message = e.getMessage();
                SwingUtilities.invokeLater(() -> events.attachFailed(message));
            }
        });
    }

    @Override
    public void write(byte[] bytes) {
        if (closed || bytes.length == 0) {
            return;
        }
        // Typed while the attach is on its way: sent once it is done (same thread, in order).
        connection.io(() -> {
            AgentClient c = client;
            int ch = channel;
            if (c == null || ch < 0) {
                return;
            }
            try {
                c.write(ch, bytes);
            } catch (IOException e) {
                LOG.debug("input to {} not delivered: {}", sessionId, e.getMessage());
            }
        });
    }

    @Override
    public void resize(int cols, int rowCount) {
        columns = cols;
        rows = rowCount;
        connection.io(this::sendSize);
    }

    /** I/O thread: tells the agent this client's grid when it changed since last told. */
    private void sendSize() {
        AgentClient c = client;
        int ch = channel;
        int cols = columns;
        int rowCount = rows;
        if (c == null || ch < 0 || (cols == sentColumns && rowCount == sentRows)) {
            return;
        }
        try {
            c.call(Methods.SESSION_RESIZE, Json.object().put("session", sessionId).put("channel", ch)
                    .put("cols", cols).put("rows", rowCount));
            sentColumns = cols;
            sentRows = rowCount;
        } catch (IOException | ProtocolException e) {
            LOG.debug("resize of {} failed: {}", sessionId, e.getMessage());
        }
    }

    @Override
    public boolean answersQueriesLocally() {
        return false;
    }

    /** Detaches; the session keeps running. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        generation.incrementAndGet();
        int ch = channel;
        AgentClient c = client;
        channel = -1;
        if (ch >= 0 && c != null) {
            connection.io(() -> detachQuietly(c, ch));
        }
    }

    private static void detachQuietly(AgentClient c, int ch) {
        try {
            if (c.isOpen()) {
                c.detach(ch);
            }
        } catch (IOException | ProtocolException e) {
            // the channel is gone either way
        }
    }

    /** One attach's events; those of an older attach (before a reattach) are ignored. */
    private final class Channel implements ChannelListener {
        private final int gen;

        Channel(int gen) {
            this.gen = gen;
        }

        private boolean current() {
            return gen == generation.get();
        }

        @Override
        public void onSnapshot(Snapshot snapshot) {
            if (!current()) {
                return;
            }
            view.replaceState(snapshot::applyTo);
            SwingUtilities.invokeLater(events::snapshotApplied);
        }

        @Override
        public void onOutput(byte[] bytes) {
            if (!current()) {
                return;
            }
            TerminalConnector.Listener l = listener;
            if (l != null) {
                l.output(bytes, 0, bytes.length);
            }
            if (activityPending.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> {
                    activityPending.set(false);
                    events.activity();
                });
            }
        }

        @Override
        public void onScrollbackLimit(int lines) {
            if (current()) {
                view.setScrollbackLines(lines);
            }
        }

        @Override
        public void onResized(int cols, int rowCount) {
            if (current()) {
                view.engine().resize(cols, rowCount);
            }
        }

        @Override
        public void onExited(Integer exitCode) {
            if (!current()) {
                return;
            }
            TerminalConnector.Listener l = listener;
            if (l != null) {
                l.closed(exitCode == null ? -1 : exitCode);
            }
            SwingUtilities.invokeLater(() -> events.exited(exitCode));
        }

        @Override
        public void onRenamed(String name) {
            if (current()) {
                SwingUtilities.invokeLater(() -> events.renamed(name));
            }
        }

        @Override
        public void onClosed(String reason) {
            if (!current()) {
                return;
            }
            channel = -1;
            if (closed) {
                return;
            }
            boolean killed = reason != null && reason.contains("killed");
            SwingUtilities.invokeLater(killed ? events::killed : events::lost);
        }
    }
}
