package dev.linger.agent.server;

import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.session.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's local socket: accepts connections from the agent's own user only (checked on
 * every connection) and serves each on its own {@link ClientConnection}. Never listens on TCP.
 */
public final class AgentServer {
    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    private final LingerHome home;
    private final SessionRegistry registry;
    private final RequestHandler handler;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ServerSocketChannel server;
    private PeerCheck peers;

    public AgentServer(LingerHome home, SessionRegistry registry) {
        this.home = home;
        this.registry = registry;
        this.handler = new RequestHandler(this, registry);
    }

    /** Binds the socket (replacing a stale one: the caller holds the agent lock) and starts accepting. */
    public void start() throws IOException {
        Path socket = home.socket();
        Files.deleteIfExists(socket);
        peers = new PeerCheck(home.dir());
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        LingerHome.makePrivateFile(socket);
        Thread accept = new Thread(this::acceptLoop, "accept");
        accept.setDaemon(true);
        accept.start();
        LOG.info("agent {} listening on {}", ProcessHandle.current().pid(), socket);
    }

    public LingerHome home() {
        return home;
    }

    public int connectionCount() {
        return connections.size();
    }

    /** Blocks until the agent has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops from a request: answer first, then stop on another thread. */
    void stopSoon() {
        Thread t = new Thread(this::stop, "stop");
        t.start();
    }

    /** Ends every shell (SIGHUP), closes clients and the socket. Idempotent. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        LOG.info("agent stopping: hanging up {} sessions", registry.size());
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(home.socket());
        } catch (IOException e) {
            LOG.warn("closing socket: {}", e.toString());
        }
        registry.close();
        for (ClientConnection c : connections) {
            c.finish(1000);
        }
        LOG.info("agent stopped");
        stopped.countDown();
    }

    void removed(ClientConnection connection) {
        connections.remove(connection);
    }

    private void acceptLoop() {
        while (!stopping.get()) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("accept failed: {}", e.toString());
                continue;
            }
            ClientConnection conn = new ClientConnection(nextId.getAndIncrement(), channel, this, handler);
            Optional<String> refusal = peers.refusal(channel);
            if (refusal.isPresent()) {
                LOG.warn("refused a connection from user '{}': only the agent's owner may connect", refusal.get());
                conn.refuse(ErrorCode.PERMISSION_DENIED, "user '" + refusal.get()
                        + "' may not use another user's Linger agent");
                continue;
            }
            connections.add(conn);
            conn.start();
        }
    }
}
