package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of frames in as few write calls as the socket takes. Headers and small
 * payloads are gathered into one buffer; a big payload (a snapshot) goes out from its own array
 * beside them, never copied into another heap buffer first.
 */
final class FrameWriter {
    /** Payloads up to this are copied into the gathered buffer; larger ones are written in place. */
    static final int SMALL_PAYLOAD = 16 * 1024;
    /** A gathering buffer larger than this is not kept for the next batch. */
    private static final int KEEP_LIMIT = 256 * 1024;

    private final GatheringByteChannel channel;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private byte[] gather = new byte[8 * 1024];

    FrameWriter(GatheringByteChannel channel) {
        this.channel = channel;
    }

    /** Writes every frame of {@code frames}, in order, blocking until all is written. */
    void write(List<Frame> frames) throws IOException {
        ByteBuffer gathered = ByteBuffer.wrap(gatherBuffer(frames));
        parts.clear();
        int from = 0;
        for (Frame f : frames) {
            f.writeHeader(gathered);
            byte[] payload = f.payload();
            if (payload.length <= SMALL_PAYLOAD) {
                gathered.put(payload);
                continue;
            }
            parts.add(region(gathered, from));
            from = gathered.position();
            parts.add(ByteBuffer.wrap(payload));
        }
        if (gathered.position() > from) {
            parts.add(region(gathered, from));
        }
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
        if (gather.length > KEEP_LIMIT) {
            gather = new byte[8 * 1024];
        }
    }

    private byte[] gatherBuffer(List<Frame> frames) {
        int need = 0;
        for (Frame f : frames) {
            need += f.headerSize() + (f.payload().length <= SMALL_PAYLOAD ? f.payload().length : 0);
        }
        if (need > gather.length) {
            gather = new byte[Math.max(need, gather.length * 2)];
        }
        return gather;
    }

    private static ByteBuffer region(ByteBuffer gathered, int from) {
        return ByteBuffer.wrap(gathered.array(), from, gathered.position() - from);
    }
}
