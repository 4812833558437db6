package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Frames waiting to be written to one client, bounded. Live output that would pass the data
 * limit marks its channel lagging instead: that channel's queued output is dropped, and once the
 * queue has drained the channel is resynchronised with a snapshot. Control frames are never
 * dropped; a client that lets them pile past the hard limit is disconnected.
 *
 * <p>One thread writes at a time. The writer thread takes batches; another thread may instead
 * {@link #claimDirect claim} an idle socket to write one frame itself, and leaves whatever the
 * socket did not take as the {@link #takeRest rest}, which the writer sends before anything else.
 */
final class OutgoingQueue {
    static final long DATA_LIMIT = 8L << 20;
    static final long HARD_LIMIT = 64L << 20;

    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final Set<Integer> lagging = new LinkedHashSet<>();
    private long bytes;
    private boolean closed;
    private boolean finishing;
    /** A thread holds the socket: the writer with the batch it took, or another thread with a direct write. */
    private boolean writing;
    /** The part of a directly written frame the socket did not take; goes out first. */
    private ByteBuffer rest;

    /** False if the channel is (now) lagging and the data was dropped. */
    synchronized boolean offerData(int channel, byte[] data) {
        if (closed || lagging.contains(channel)) {
            return false;
        }
        Frame frame = Frame.data(channel, data);
        if (bytes + frame.wireSize() > DATA_LIMIT) {
            lagging.add(channel);
            dropData(channel);
            return false;
        }
        add(frame);
        return true;
    }

    /**
     * Queues frames together, so that the writer can send them in one write. False if the client
     * has let the queue grow past the hard limit and must be cut off.
     */
    synchronized boolean offer(List<Frame> together) {
        if (closed) {
            return true;
        }
        long size = 0;
        for (Frame f : together) {
            size += f.wireSize();
        }
        if (bytes + size > HARD_LIMIT) {
            return false;
        }
        for (Frame f : together) {
            add(f);
        }
        return true;
    }

    /**
     * Claims the socket for one data frame written by the calling thread, bypassing the queue:
     * only while nothing is queued, left over or being written, and the channel is not lagging.
     * End with {@link #directDone}.
     */
    synchronized boolean claimDirect(int channel) {
        if (closed || writing || rest != null || !frames.isEmpty() || lagging.contains(channel)) {
            return false;
        }
        writing = true;
        return true;
    }

    /** Ends a direct write; what the socket did not take of it ({@code left}) is sent first. */
    synchronized void directDone(ByteBuffer left) {
        writing = false;
        if (left != null && left.hasRemaining() && !closed) {
            rest = left;
            bytes += left.remaining();
        }
        notifyAll();
    }

    /**
     * Waits for something to write and for any direct write to end, then moves what is queued
     * into {@code batch}: at least one frame (unless only a {@link #takeRest rest} waits), then
     * more while they stay within {@code maxBytes}. False once closed, or finishing with nothing left.
     * Hand the socket back with {@link #written} once the batch is written.
     */
    synchronized boolean takeBatch(List<Frame> batch, long maxBytes) throws InterruptedException {
        while (!closed && (writing || (frames.isEmpty() && rest == null && !finishing))) {
            wait();
        }
        if (closed || (frames.isEmpty() && rest == null)) {
            return false;
        }
        long taken = 0;
        while (!frames.isEmpty() && (taken == 0 || taken + frames.peekFirst().wireSize() <= maxBytes)) {
            Frame f = frames.removeFirst();
            bytes -= f.wireSize();
            taken += f.wireSize();
            batch.add(f);
        }
        writing = true;
        return true;
    }

    /** The batch taken last (and its rest) is written, or failed: others may write. */
    synchronized void written() {
        writing = false;
        notifyAll();
    }

    /** The rest of a direct write, to be written before the batch just taken; null if none. */
    synchronized ByteBuffer takeRest() {
        ByteBuffer r = rest;
        if (r != null) {
            bytes -= r.remaining();
            rest = null;
        }
        return r;
    }

    /** Channels to resynchronise now that everything queued has been written. */
    synchronized Set<Integer> laggingIfDrained() {
        if (!frames.isEmpty() || rest != null || lagging.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(lagging);
    }

    /** The channel's snapshot is queued: live output may flow again. */
    synchronized void resumed(int channel) {
        lagging.remove(channel);
    }

    synchronized void forget(int channel) {
        lagging.remove(channel);
    }

    /** Lets the writer send what is queued, then end. */
    synchronized void finish() {
        finishing = true;
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        frames.clear();
        rest = null;
        bytes = 0;
        notifyAll();
    }

    synchronized long queuedBytes() {
        return bytes;
    }

    private void add(Frame frame) {
        frames.addLast(frame);
        bytes += frame.wireSize();
        notifyAll();
    }

    private void dropData(int channel) {
        Iterator<Frame> it = frames.iterator();
        while (it.hasNext()) {
            Frame f = it.next();
            if (f.type() == Frame.DATA && f.channel() == channel) {
                it.remove();
                bytes -= f.wireSize();
            }
        }
    }
}
