package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of frames in few write calls. Headers and small payloads are gathered into one
 * reused buffer; a big payload (a snapshot) goes out from its own array beside them, never
 * copied into another heap buffer first, in calls of {@link #WRITE_CHUNK}: the JDK copies what a
 * call is given into native memory before the kernel sees any of it, so smaller calls let the
 * client start reading sooner and keep that native buffer small.
 */
final class FrameWriter {
    /** Payloads up to this are copied into the gathering buffer; larger ones are written in place. */
    static final int SMALL_PAYLOAD = 16 * 1024;
    private static final int GATHER_SIZE = 64 * 1024;
    static final int WRITE_CHUNK = 128 * 1024;

    private final GatheringByteChannel channel;
    private final ByteBuffer gather = ByteBuffer.allocate(GATHER_SIZE);
    private final List<ByteBuffer> parts = new ArrayList<>();
    /** Where the gathered bytes not yet in {@link #parts} begin. */
    private int from;

    FrameWriter(GatheringByteChannel channel) {
        this.channel = channel;
    }

    /** Writes every frame of {@code frames}, in order, blocking until all is written. */
    void write(List<Frame> frames) throws IOException {
        for (Frame f : frames) {
            byte[] payload = f.payload();
            boolean small = payload.length <= SMALL_PAYLOAD;
            if (gather.remaining() < f.headerSize() + (small ? payload.length : 0)) {
                flush();
            }
            f.writeHeader(gather);
            if (small) {
                gather.put(payload);
            } else {
                cut();
                for (int off = 0; off < payload.length; off += WRITE_CHUNK) {
                    parts.add(ByteBuffer.wrap(payload, off, Math.min(WRITE_CHUNK, payload.length - off)));
                }
            }
        }
        flush();
    }

    /** Ends the current run of gathered bytes as one part. */
    private void cut() {
        if (gather.position() > from) {
            parts.add(ByteBuffer.wrap(gather.array(), from, gather.position() - from));
            from = gather.position();
        }
    }

    /** Writes the parts, in calls of about {@link #WRITE_CHUNK} bytes each. */
    private void flush() throws IOException {
        cut();
        int first = 0;
        while (first < parts.size()) {
            int end = first;
            long bytes = 0;
            while (end < parts.size() && (end == first || bytes + parts.get(end).remaining() <= WRITE_CHUNK + GATHER_SIZE)) {
                bytes += parts.get(end).remaining();
                end++;
            }
            writeFully(parts.subList(first, end).toArray(new ByteBuffer[0]), bytes);
            first = end;
        }
        parts.clear();
        gather.clear();
        from = 0;
    }

    private void writeFully(ByteBuffer[] buffers, long bytes) throws IOException {
        int first = 0;
        while (bytes > 0) {
            bytes -= channel.write(buffers, first, buffers.length - first);
            while (first < buffers.length && !buffers[first].hasRemaining()) {
                first++;
            }
        }
    }
}
