package dev.linger.agent.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.Version;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Frame;
import dev.linger.agent.protocol.FrameReader;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.agent.store.StoreSettings;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A connection to the agent, as the CLI, the app and the benchmarks use it: requests with
 * responses, and attached channels whose snapshot, output and events go to a {@link ChannelListener}.
 * One reader thread dispatches everything in the order it arrives.
 */
public final class AgentClient implements AutoCloseable {
    private static final long DEFAULT_TIMEOUT_MS = 30_000;

    private final SocketChannel channel;
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<Integer, ChannelListener> listeners = new ConcurrentHashMap<>();
    private final Map<Long, ChannelListener> attachRequests = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Object writeLock = new Object();
    private volatile boolean closed;
    private volatile Runnable onDisconnect = () -> { };

    private AgentClient(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects and says hello; fails if nothing listens on the socket or versions differ. */
    public static AgentClient connect(Path socket) throws IOException, ProtocolException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        AgentClient client = new AgentClient(ch);
        Thread reader = new Thread(client::readLoop, "agent-client-read");
        reader.setDaemon(true);
        reader.start();
        client.call(Methods.HELLO, Json.object().put("protocol", Version.PROTOCOL).put("client", "linger"));
        return client;
    }

    public void onDisconnect(Runnable r) {
        this.onDisconnect = r;
    }

    public JsonNode call(String method, JsonNode params) throws IOException, ProtocolException {
        return call(method, params, DEFAULT_TIMEOUT_MS);
    }

    public JsonNode call(String method, JsonNode params, long timeoutMs) throws IOException, ProtocolException {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        send(Json.frame(Json.request(id, method, params)));
        return await(id, future, method, timeoutMs);
    }

    /**
     * Attaches to a session. The listener receives the snapshot, then live output and events, on
     * the reader thread. Returns the attach result (the session's info plus its channel).
     */
    public JsonNode attach(String session, int cols, int rows, ChannelListener listener) throws IOException, ProtocolException {
        long id = nextId.getAndIncrement();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        attachRequests.put(id, listener);
        ObjectNode params = Json.object().put("session", session);
        if (cols > 0 && rows > 0) {
            params.put("cols", cols).put("rows", rows);
        }
        send(Json.frame(Json.request(id, Methods.SESSION_ATTACH, params)));
        try {
            return await(id, future, Methods.SESSION_ATTACH, DEFAULT_TIMEOUT_MS);
        } finally {
            attachRequests.remove(id);
        }
    }

    public void detach(int channelId) throws IOException, ProtocolException {
        listeners.remove(channelId);
        call(Methods.SESSION_DETACH, Json.object().put("channel", channelId));
    }

    /** Input to an attached channel: no response, in order with everything else sent. */
    public void write(int channelId, byte[] bytes) throws IOException {
        for (int off = 0; off < bytes.length; off += Frame.MAX_INBOUND - 64) {
            int len = Math.min(bytes.length - off, Frame.MAX_INBOUND - 64);
            byte[] part = off == 0 && len == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, off, off + len);
            send(Frame.data(channelId, part));
        }
    }

    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        failPending(new IOException("connection to the agent closed"));
    }

    private void send(Frame frame) throws IOException {
        if (closed) {
            throw new IOException("connection to the agent is closed");
        }
        ByteBuffer buf = frame.encode();
        synchronized (writeLock) {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }
    }

    private JsonNode await(long id, CompletableFuture<JsonNode> future, String method, long timeoutMs)
            throws IOException, ProtocolException {
        try {
            JsonNode response = future.get(timeoutMs, TimeUnit.MILLISECONDS);
            JsonNode error = response.get("error");
            if (error != null) {
                throw new ProtocolException(ErrorCode.of(error.path("code").asInt()), error.path("message").asText());
            }
            return response.get("result");
        } catch (TimeoutException e) {
            throw new IOException("the agent did not answer " + method + " within " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + method);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException(cause);
        } finally {
            pending.remove(id);
        }
    }

    private void readLoop() {
        try {
            FrameReader reader = new FrameReader(new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024),
                    Frame.MAX_OUTBOUND);
            Frame frame;
            while ((frame = reader.read()) != null) {
                dispatch(frame);
            }
        } catch (IOException | ProtocolException | RuntimeException e) {
            if (!closed) {
                failPending(new IOException("connection to the agent lost: " + e.getMessage()));
            }
        }
        closed = true;
        failPending(new IOException("the agent closed the connection"));
        for (ChannelListener l : listeners.values()) {
            l.onClosed("the connection to the agent was lost");
        }
        listeners.clear();
        onDisconnect.run();
    }

    private void dispatch(Frame frame) throws IOException {
        if (frame.type() == Frame.DATA) {
            ChannelListener l = listeners.get(frame.channel());
            if (l != null) {
                l.onOutput(frame.payload());
            }
            return;
        }
        if (frame.type() == Frame.SNAPSHOT) {
            ChannelListener l = listeners.get(frame.channel());
            if (l != null) {
                l.onSnapshot(Snapshot.decode(frame.payload()));
            }
            return;
        }
        JsonNode msg = Json.MAPPER.readTree(frame.payload());
        if (msg.has("method")) {
            event(msg.get("method").asText(), msg.path("params"));
            return;
        }
        JsonNode id = msg.get("id");
        if (id != null && id.canConvertToLong()) {
            long requestId = id.asLong();
            ChannelListener attaching = attachRequests.get(requestId);
            JsonNode result = msg.get("result");
            if (attaching != null && result != null && result.has("channel")) {
                // Registered (and told the limit) before the snapshot that follows this response is read.
                listeners.put(result.get("channel").asInt(), attaching);
                // An agent from before the setting does not say: it kept the default.
                attaching.onScrollbackLimit(result.path("scrollback").asInt(StoreSettings.DEFAULT_SCROLLBACK));
            }
            CompletableFuture<JsonNode> f = pending.get(requestId);
            if (f != null) {
                f.complete(msg);
            }
        } else if (msg.has("error")) {
            for (ChannelListener l : listeners.values()) {
                l.onError(msg.get("error").path("message").asText());
            }
        }
    }

    private void event(String method, JsonNode params) {
        int ch = params.path("channel").asInt(-1);
        ChannelListener l = listeners.get(ch);
        if (l == null) {
            return;
        }
        switch (method) {
            case Methods.EVENT_RESIZED:
                l.onResized(params.path("cols").asInt(), params.path("rows").asInt());
                break;
            case Methods.EVENT_EXITED:
                l.onExited(params.path("exitCode").isNull() ? null : params.path("exitCode").asInt());
                break;
            case Methods.EVENT_RENAMED:
                l.onRenamed(params.path("name").asText());
                break;
            case Methods.EVENT_SCROLLBACK:
                l.onScrollbackLimit(params.path("lines").asInt());
                break;
            case Methods.EVENT_CLOSED:
                listeners.remove(ch);
                l.onClosed("the session was killed");
                break;
            case Methods.EVENT_SHUTDOWN:
                listeners.remove(ch);
                l.onClosed("the agent is shutting down");
                break;
            default:
                break;
        }
    }

    private void failPending(IOException e) {
        for (CompletableFuture<JsonNode> f : pending.values()) {
            f.completeExceptionally(e);
        }
    }
}
