package dev.linger.agent.protocol;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads frames from a stream. A frame that is too large or of an unknown type is consumed and
 * reported as a {@link ProtocolException}, so the connection can answer and go on; a stream that
 * ends inside a frame is a {@link EOFException}.
 */
public final class FrameReader {
    /** Beyond this a declared length is not worth skipping: the peer is not speaking our protocol. */
    private static final long MAX_SKIPPABLE = 1L << 30;

    private final DataInputStream in;
    private final int maxFrame;

    public FrameReader(InputStream in, int maxFrame) {
        this.in = new DataInputStream(in);
        this.maxFrame = maxFrame;
    }

    /** The next frame, or null when the stream ends cleanly between frames. */
    public Frame read() throws IOException, ProtocolException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        long length = ((long) b0 << 24) | ((long) in.readUnsignedByte() << 16)
                | ((long) in.readUnsignedByte() << 8) | in.readUnsignedByte();
        if (length == 0) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "empty frame: a frame needs at least its type byte");
        }
        if (length > maxFrame) {
            if (length > MAX_SKIPPABLE) {
                throw new FatalProtocolException(ErrorCode.FRAME_TOO_LARGE, "frame of " + length
                        + " bytes is far over the limit of " + maxFrame + "; closing the connection");
            }
            skipFully(length);
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "frame of " + length + " bytes is over the limit of "
                    + maxFrame + " bytes; split input into smaller frames");
        }
        int type = in.readUnsignedByte();
        int remaining = (int) length - 1;
        int channel = 0;
        if (type == Frame.DATA || type == Frame.SNAPSHOT) {
            if (remaining < 4) {
                skipFully(remaining);
                throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "data frame too short to hold its channel");
            }
            channel = in.readInt();
            remaining -= 4;
        } else if (type != Frame.CONTROL) {
            skipFully(remaining);
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "unknown frame type " + type
                    + " (0 = control JSON, 1 = data, 2 = snapshot)");
        }
        byte[] payload = new byte[remaining];
        in.readFully(payload);
        return Frame.read(type, channel, payload);
    }

    private void skipFully(long n) throws IOException {
        byte[] scratch = new byte[8192];
        while (n > 0) {
            int r = in.read(scratch, 0, (int) Math.min(scratch.length, n));
            if (r < 0) {
                throw new EOFException("stream ended inside a frame");
            }
            n -= r;
        }
    }
}
