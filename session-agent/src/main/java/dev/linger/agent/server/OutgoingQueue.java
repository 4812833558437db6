package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;

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
 */
final class OutgoingQueue {
    static final long DATA_LIMIT = 8L << 20;
    static final long HARD_LIMIT = 64L << 20;

    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final Set<Integer> lagging = new LinkedHashSet<>();
    private long bytes;
    private boolean closed;
    private boolean finishing;

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
     * Waits for frames, then moves what is queued into {@code batch}: at least one frame, then
     * more while they stay within {@code maxBytes}. False once closed.
     */
    synchronized boolean takeBatch(List<Frame> batch, long maxBytes) throws InterruptedException {
        while (frames.isEmpty() && !closed && !finishing) {
            wait();
        }
        if (closed || frames.isEmpty()) {
            return false;
        }
        long taken = 0;
        do {
            Frame f = frames.removeFirst();
            bytes -= f.wireSize();
            taken += f.wireSize();
            batch.add(f);
        } while (!frames.isEmpty() && taken + frames.peekFirst().wireSize() <= maxBytes);
        return true;
    }

    /** Channels to resynchronise now that everything queued has been written. */
    synchronized Set<Integer> laggingIfDrained() {
        if (!frames.isEmpty() || lagging.isEmpty()) {
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
