package dev.linger.app.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's connection to one host's agent (today: the agent of its home). Requests run off the event thread: ordered
 * fire-and-forget work (attach, input, resize, detach) on one I/O thread, request/response work on
 * a small pool. When the connection drops, listeners hear it on the event thread, the agent is
 * started again (as the CLI would), and listeners hear when it is back.
 */
public final class AgentConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);
    private static final long RECONNECT_PAUSE_MS = 500;

    /** Told on the event thread. */
    public interface Listener {
        void agentLost();

        void agentBack();
    }

    private final HostId host;
    private final LingerHome home;
    private final AgentSessions sessions = new AgentSessions(this);
    private final ExecutorService io = Executors.newSingleThreadExecutor(daemon("agent-io"));
    private final ExecutorService work = Executors.newCachedThreadPool(daemon("agent-call"));
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object stateLock = new Object();
    private volatile AgentClient client;
    private volatile boolean closing;

    private AgentConnection(HostId host, LingerHome home) {
        this.host = host;
        this.home = home;
    }

    /**
     * Connects to the home's agent; when none answers, {@code starting} runs (to show that the
     * agent is being started) and the agent is started. The home's agent is the
     * {@linkplain HostId#LOCAL local} host's. Blocking: call off the event thread.
     */
    public static AgentConnection open(LingerHome home, Runnable starting) throws IOException, ProtocolException {
        AgentConnection c = new AgentConnection(HostId.LOCAL, home);
        AgentLauncher launcher = new AgentLauncher(home);
        Optional<AgentClient> running = launcher.connectIfRunning();
        AgentClient client;
        if (running.isPresent()) {
            client = running.get();
        } else {
            starting.run();
            client = launcher.connectOrStart();
        }
        c.install(client);
        return c;
    }

    public HostId host() {
        return host;
    }

    public LingerHome home() {
        return home;
    }

    /** The session methods of this connection's agent. */
    public AgentSessions sessions() {
        return sessions;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public boolean isConnected() {
        AgentClient c = client;
        return c != null && c.isOpen();
    }

    /** The live client; fails while the agent is down or being restarted. */
    public AgentClient client() throws IOException {
        AgentClient c = client;
        if (c == null || !c.isOpen()) {
            throw new IOException("the Linger agent is not connected (it is being restarted)");
        }
        return c;
    }

    /** A request with its response. Blocking: call off the event thread. */
    public JsonNode call(String method, JsonNode params) throws IOException, ProtocolException {
        return client().call(method, params);
    }

    /** Runs ordered, fire-and-forget agent I/O (input, resizes, attach and detach). */
    public void io(Runnable task) {
        if (!closing) {
            io.execute(task);
        }
    }

    /** Runs blocking agent work on the pool; the future completes off the event thread. */
    public <T> CompletableFuture<T> async(Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        if (closing) {
            f.completeExceptionally(new IOException("the app is closing"));
            return f;
        }
        work.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    private void install(AgentClient c) {
        synchronized (stateLock) {
            client = c;
        }
        c.onDisconnect(() -> lost(c));
    }

    private void lost(AgentClient which) {
        synchronized (stateLock) {
            if (closing || client != which) {
                return;
            }
            client = null;
        }
        LOG.warn("the connection to the agent was lost; restarting the agent");
        SwingUtilities.invokeLater(() -> listeners.forEach(Listener::agentLost));
        Thread t = new Thread(this::reconnect, "agent-reconnect");
        t.setDaemon(true);
        t.start();
    }

    private void reconnect() {
        AgentLauncher launcher = new AgentLauncher(home);
        while (!closing) {
            try {
                AgentClient c = launcher.connectOrStart();
                if (closing) {
                    c.close();
                    return;
                }
                install(c);
                LOG.info("connected to the agent again");
                SwingUtilities.invokeLater(() -> listeners.forEach(Listener::agentBack));
                return;
            } catch (IOException | ProtocolException e) {
                LOG.warn("cannot restart the agent: {}", e.getMessage());
                try {
                    Thread.sleep(RECONNECT_PAUSE_MS);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Closes the connection: the agent detaches every channel of it, and every shell keeps running. */
    @Override
    public void close() {
        AgentClient c;
        synchronized (stateLock) {
            closing = true;
            c = client;
            client = null;
        }
        io.shutdown();
        try {
            // Input already typed still reaches the shells.
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (c != null) {
            c.close();
        }
        work.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
