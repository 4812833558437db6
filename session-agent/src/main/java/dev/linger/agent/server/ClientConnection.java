package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.FatalProtocolException;
import dev.linger.agent.protocol.Frame;
import dev.linger.agent.protocol.FrameReader;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.session.Session;
import dev.linger.agent.session.Subscriber;
import dev.linger.agent.session.SessionEvent;
import dev.linger.agent.session.SessionException;
import dev.linger.agent.session.SubscriberSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One client on the socket: a reader thread that serves its frames in order, and a writer
 * thread that drains its bounded {@link OutgoingQueue}, so that nothing a session does ever
 * waits on this client's socket.
 */
final class ClientConnection implements SubscriberSink {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final long THREAD_STACK = 512 * 1024;
    /** Bytes one write call may take from the queue: a snapshot and what came with it. */
    private static final long BATCH_BYTES = 2L << 20;
    /**
     * Socket send buffer asked for (Linux doubles it): room for a whole 10,000-line snapshot, so
     * the writer hands it to the kernel without waiting for the client to read each piece
     * (the default of ~208 KB held a quarter of one).
     */
    static final int SEND_BUFFER = 1 << 20;
    /** Output reads up to this may be written {@link #offerData directly}; a PTY read is at most 8 KB. */
    static final int DIRECT_MAX = 16 * 1024;

    private final int id;
    private final SocketChannel channel;
    private final AgentServer server;
    private final RequestHandler handler;
    private final OutgoingQueue queue = new OutgoingQueue();
    /** Attach responses waiting to go out with their channel's snapshot. */
    private final Map<Integer, Frame> heldResponses = new ConcurrentHashMap<>();
    private final Map<Integer, Attachment> attachments = new ConcurrentHashMap<>();
    private final AtomicInteger nextChannel = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean greeted;
    private Thread writer;
    private volatile ClientSocket socket;
    /** Where a direct write's frame is put together; made on the first, reused (one direct write at a time). */
    private ByteBuffer directFrame;

    private static final class Attachment {
        final Session session;
        final Subscriber subscriber;

        Attachment(Session session, Subscriber subscriber) {
            this.session = session;
            this.subscriber = subscriber;
        }
    }

    ClientConnection(int id, SocketChannel channel, AgentServer server, RequestHandler handler) {
        this.id = id;
        this.channel = channel;
        this.server = server;
        this.handler = handler;
    }

    void start() {
        try {
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("client {}: send buffer stays at the system's size: {}", id, e.toString());
        }
        try {
            socket = new ClientSocket(channel);
        } catch (IOException e) {
            LOG.warn("client {}: cannot set up its socket: {}", id, e.toString());
            close();
            return;
        }
        Thread reader = new Thread(null, this::readLoop, "client-" + id + "-read", THREAD_STACK);
        writer = new Thread(null, this::writeLoop, "client-" + id + "-write", THREAD_STACK);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /** Sends one error frame and closes: for peers refused before they may speak. */
    void refuse(ErrorCode code, String message) {
        ByteBuffer buf = Json.frame(Json.error(NullNode.getInstance(), code, message)).encode();
        try {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            LOG.debug("refusing client {}: {}", id, e.toString());
        }
        close();
    }

    void respond(JsonNode requestId, JsonNode result) {
        send(Json.frame(Json.result(requestId, result)));
    }

    /**
     * Attaches a session on a new channel. The response ({@code response} makes it for the
     * channel) is held back and queued with the snapshot, so that the two leave in one write and
     * the client is woken once for both; were no snapshot queued, it goes out alone.
     */
    void attach(Session session, int cols, int rows, IntFunction<Frame> response) {
        int ch = nextChannel.getAndIncrement();
        Subscriber subscriber = new Subscriber(ch, this, cols, rows);
        attachments.put(ch, new Attachment(session, subscriber));
        try {
            session.attach(subscriber, () -> heldResponses.put(ch, response.apply(ch)));
        } finally {
            Frame unsent = heldResponses.remove(ch);
            if (unsent != null) {
                send(unsent);
            }
        }
    }

    void detach(int ch) throws ProtocolException {
        Attachment a = attachments.remove(ch);
        if (a == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_CHANNEL, "no attachment on channel " + ch + " in this connection");
        }
        a.session.detach(a.subscriber);
        queue.forget(ch);
    }

    /** The subscriber this connection has on a session, so its size wins; null if none. */
    Subscriber subscriberFor(Session session, int ch) {
        Attachment a = attachments.get(ch);
        if (a != null && a.session == session) {
            return a.subscriber;
        }
        for (Attachment other : attachments.values()) {
            if (other.session == session) {
                return other.subscriber;
            }
        }
        return null;
    }

    /**
     * Live output. When nothing else is queued or being written, the calling PTY reader writes
     * the frame itself, taking only what the socket accepts at once (a client that has stopped
     * reading never makes it wait): a keystroke's echo then reaches the client without waking
     * the writer thread. The writer sends whatever the socket did not take, before anything else.
     */
    @Override
    public boolean offerData(int ch, byte[] bytes) {
        ClientSocket s = socket;
        if (s == null || bytes.length > DIRECT_MAX || !queue.claimDirect(ch)) {
            return queue.offerData(ch, bytes);
        }
        if (directFrame == null) {
            directFrame = ByteBuffer.allocateDirect(DIRECT_MAX + 16);
        }
        ByteBuffer frame = directFrame.clear();
        Frame f = Frame.data(ch, bytes);
        f.writeHeader(frame);
        frame.put(bytes).flip();
        try {
            s.tryWrite(frame);
        } catch (IOException e) {
            // The reader or writer thread meets the same broken socket and closes the connection.
            LOG.debug("client {} write: {}", id, e.toString());
        } finally {
            queue.directDone(frame);
        }
        return true;
    }

    @Override
    public void sendSnapshot(int ch, byte[] encodedSnapshot) {
        Frame snapshot = Frame.snapshot(ch, encodedSnapshot);
        Frame response = heldResponses.remove(ch);
        send(response == null ? List.of(snapshot) : List.of(response, snapshot));
    }

    @Override
    public void sendEvent(int ch, String session, SessionEvent event) {
        send(Json.frame(SessionEvents.toJson(ch, session, event)));
        if (event instanceof SessionEvent.Closed || event instanceof SessionEvent.Shutdown) {
            attachments.remove(ch);
        }
    }

    /** Closes after writing what is already queued (the answer to 'agent.stop', say). */
    void finish(long waitMillis) {
        queue.finish();
        Thread w = writer;
        if (w != null && w != Thread.currentThread()) {
            try {
                w.join(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Attachment a : attachments.values()) {
            a.session.detach(a.subscriber);
        }
        attachments.clear();
        queue.close();
        try {
            ClientSocket s = socket;
            if (s != null) {
                s.close();
            } else {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("closing client {}: {}", id, e.toString());
        }
        server.removed(this);
    }

    private void send(Frame frame) {
        send(List.of(frame));
    }

    private void send(List<Frame> frames) {
        if (!queue.offer(frames)) {
            LOG.warn("client {} stopped reading with {} bytes queued; disconnecting it", id, queue.queuedBytes());
            close();
        }
    }

    private void readLoop() {
        try {
            FrameReader reader = new FrameReader(new BufferedInputStream(socket.input(), 64 * 1024), Frame.MAX_INBOUND);
            while (!closed.get()) {
                Frame frame;
                try {
                    frame = reader.read();
                } catch (FatalProtocolException e) {
                    sendError(NullNode.getInstance(), e);
                    LOG.warn("client {}: {}", id, e.getMessage());
                    Thread.sleep(100);
                    break;
                } catch (ProtocolException e) {
                    sendError(NullNode.getInstance(), e);
                    continue;
                }
                if (frame == null) {
                    break;
                }
                serve(frame);
            }
        } catch (EOFException e) {
            LOG.debug("client {} ended inside a frame", id);
        } catch (IOException e) {
            LOG.debug("client {} read: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("client {} reader failed", id, e);
        }
        close();
    }

    private void serve(Frame frame) {
        if (frame.type() == Frame.DATA) {
            Attachment a = attachments.get(frame.channel());
            try {
                if (a == null) {
                    throw new ProtocolException(ErrorCode.UNKNOWN_CHANNEL, "input for channel " + frame.channel()
                            + ", which this connection has not attached; attach first");
                }
                a.session.input(frame.payload(), a.subscriber);
            } catch (ProtocolException e) {
                sendError(NullNode.getInstance(), e);
            } catch (SessionException e) {
                sendError(NullNode.getInstance(), SessionErrors.toProtocol(e));
            }
            return;
        }
        if (frame.type() != Frame.CONTROL) {
            sendError(NullNode.getInstance(), new ProtocolException(ErrorCode.MALFORMED_FRAME,
                    "clients may send control and data frames only"));
            return;
        }
        JsonNode msg;
        try {
            msg = Json.MAPPER.readTree(frame.payload());
        } catch (IOException e) {
            sendError(NullNode.getInstance(), new ProtocolException(ErrorCode.PARSE_ERROR, "control frame is not valid JSON: "
                    + firstLine(e.getMessage())));
            return;
        }
        if (msg == null || !msg.isObject() || !msg.path("method").isTextual()) {
            sendError(idOf(msg), new ProtocolException(ErrorCode.INVALID_REQUEST,
                    "a request is a JSON object with a string 'method', an 'id' and an object 'params'"));
            return;
        }
        JsonNode requestId = idOf(msg);
        String method = msg.get("method").asText();
        try {
            if (!greeted && !Methods.HELLO.equals(method)) {
                throw new ProtocolException(ErrorCode.HELLO_REQUIRED, "send 'hello' with your protocol version first");
            }
            JsonNode result = handler.handle(this, requestId, method, new Params(msg.get("params")));
            if (Methods.HELLO.equals(method)) {
                greeted = true;
            }
            if (result != RequestHandler.SENT && msg.has("id")) {
                respond(requestId, result);
            }
        } catch (ProtocolException e) {
            sendError(requestId, e);
        } catch (RuntimeException e) {
            LOG.error("client {}: {} failed", id, method, e);
            sendError(requestId, new ProtocolException(ErrorCode.INTERNAL, method + " failed inside the agent: " + e
                    + "; see the agent log"));
        }
    }

    private void sendError(JsonNode requestId, ProtocolException e) {
        send(Json.frame(Json.error(requestId, e.code(), e.getMessage())));
    }

    private void writeLoop() {
        try {
            GatheringByteChannel out = socket.output();
            FrameWriter frames = new FrameWriter(out);
            List<Frame> batch = new ArrayList<>();
            while (queue.takeBatch(batch, BATCH_BYTES)) {
                try {
                    ByteBuffer rest = queue.takeRest();
                    while (rest != null && rest.hasRemaining()) {
                        out.write(rest);
                    }
                    frames.write(batch);
                } finally {
                    batch.clear();
                    queue.written();
                }
                for (int ch : queue.laggingIfDrained()) {
                    Attachment a = attachments.get(ch);
                    if (a == null) {
                        queue.forget(ch);
                        continue;
                    }
                    a.session.resync(a.subscriber, () -> queue.resumed(ch));
                }
            }
        } catch (IOException e) {
            LOG.debug("client {} write: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    private static JsonNode idOf(JsonNode msg) {
        if (msg == null || !msg.isObject() || !msg.has("id")) {
            return NullNode.getInstance();
        }
        return msg.get("id");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
