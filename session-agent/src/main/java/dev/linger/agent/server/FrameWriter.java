package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of frames in as few write calls as the socket takes. Headers and small
 * payloads are gathered into one reused buffer; a big payload (a snapshot) goes out from its
 * own array beside them, never copied into another heap buffer first.
 */
final class FrameWriter {
    /** Payloads up to this are copied into the gathering buffer; larger ones are written in place. */
    static final int SMALL_PAYLOAD = 16 * 1024;
    private static final int GATHER_SIZE = 64 * 1024;

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
                parts.add(ByteBuffer.wrap(payload));
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

    private void flush() throws IOException {
        cut();
        ByteBuffer[] buffers = parts.toArray(new ByteBuffer[0]);
        long left = 0;
        for (ByteBuffer b : buffers) {
            left += b.remaining();
        }
        int first = 0;
        while (left > 0) {
            left -= channel.write(buffers, first, buffers.length - first);
            while (first < buffers.length && !buffers[first].hasRemaining()) {
                first++;
            }
        }
        parts.clear();
        gather.clear();
        from = 0;
    }
}
