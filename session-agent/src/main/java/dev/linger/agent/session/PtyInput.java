package dev.linger.agent.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;

/**
 * A session's PTY input, written off the caller's thread. Typed text and the emulator's replies
 * to the program's queries wait here in order, and a pool thread writes them. A program that
 * stops reading its input (a {@code cat} of a file full of terminal queries) fills the terminal's
 * input buffer, and a write to the PTY then blocks until it reads: queued here, that stalls
 * nobody else, neither the session's emulator (which would hold its lock) nor a client's
 * connection (which serves its other sessions on the same thread).
 *
 * <p>The queue is bounded. Replies past {@link #REPLY_ROOM} are dropped: the program is not
 * reading them. Typed text past {@link #INPUT_ROOM} is refused, and the caller says so.
 */
final class PtyInput {
    private static final Logger LOG = LoggerFactory.getLogger(PtyInput.class);
    private static final OnDemandThreads WRITERS = new OnDemandThreads("pty-input");
    /** Typed text waiting to be written, at most: beyond it input is refused. */
    static final int INPUT_ROOM = 1 << 20;
    /** Replies are dropped once this much waits. */
    static final int REPLY_ROOM = 64 << 10;

    private final String session;
    private final OutputStream pty;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private int queued;
    private boolean writing;
    private IOException failure;
    private long droppedReplies;

    PtyInput(String session, OutputStream pty) {
        this.session = session;
        this.pty = pty;
    }

    /**
     * Queues typed text. False when {@link #INPUT_ROOM} is taken: the program has not read
     * what waits. Throws what writing met before (the PTY closed: the program ended).
     */
    synchronized boolean offerInput(byte[] bytes) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (queued + bytes.length > INPUT_ROOM) {
            return false;
        }
        enqueue(bytes);
        return true;
    }

    /** Queues a reply to the program, or drops it when {@link #REPLY_ROOM} is taken. */
    synchronized void offerReply(byte[] bytes) {
        if (failure != null) {
            return;
        }
        if (queued + bytes.length > REPLY_ROOM) {
            if (droppedReplies++ == 0) {
                LOG.info("session {} does not read its input: terminal replies to it are dropped while {} bytes wait",
                        session, queued);
            }
            return;
        }
        enqueue(bytes);
    }

    /** Bytes waiting to be written. */
    synchronized int queued() {
        return queued;
    }

    private void enqueue(byte[] bytes) {
        queue.add(bytes);
        queued += bytes.length;
        if (!writing) {
            writing = true;
            WRITERS.run(this::drain);
        }
    }

    /** Writes what waits, in order, until nothing does; a write may block while the program does not read. */
    private void drain() {
        while (true) {
            byte[] next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    writing = false;
                    if (droppedReplies > 0) {
                        LOG.info("session {} reads its input again; {} terminal replies were dropped meanwhile",
                                session, droppedReplies);
                        droppedReplies = 0;
                    }
                    return;
                }
            }
            try {
                pty.write(next);
                pty.flush();
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    queue.clear();
                    queued = 0;
                    writing = false;
                }
                LOG.debug("session {} input not delivered: {}", session, e.toString());
                return;
            }
            synchronized (this) {
                queued -= next.length;
            }
        }
    }
}
