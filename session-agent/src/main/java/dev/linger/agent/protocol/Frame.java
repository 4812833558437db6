package dev.linger.agent.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One frame on the socket: {@code u32 length | u8 type | payload}, length counting type and
 * payload. Control frames carry JSON; data frames carry a session channel and raw bytes; a
 * snapshot frame carries a channel and an attach snapshot ({@link Snapshot}).
 */
public final class Frame {
    public static final int CONTROL = 0;
    public static final int DATA = 1;
    public static final int SNAPSHOT = 2;
    /** What a client may send the agent in one frame; larger input is split by the client. */
    public static final int MAX_INBOUND = 1 << 20;
    /** What a client accepts from the agent: a snapshot of a very long scrollback. */
    public static final int MAX_OUTBOUND = 256 << 20;

    private final int type;
    private final int channel;
    private final byte[] payload;

    private Frame(int type, int channel, byte[] payload) {
        this.type = type;
        this.channel = channel;
        this.payload = payload;
    }

    public static Frame control(String json) {
        return new Frame(CONTROL, 0, json.getBytes(StandardCharsets.UTF_8));
    }

    public static Frame data(int channel, byte[] bytes) {
        return new Frame(DATA, channel, bytes);
    }

    public static Frame snapshot(int channel, byte[] encodedSnapshot) {
        return new Frame(SNAPSHOT, channel, encodedSnapshot);
    }

    static Frame read(int type, int channel, byte[] payload) {
        return new Frame(type, channel, payload);
    }

    public int type() {
        return type;
    }

    public int channel() {
        return channel;
    }

    public byte[] payload() {
        return payload;
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The frame as it goes on the wire. */
    public ByteBuffer encode() {
        ByteBuffer buf = ByteBuffer.allocate(wireSize());
        writeHeader(buf);
        buf.put(payload).flip();
        return buf;
    }

    /** Puts what precedes the payload on the wire (length, type, channel) into {@code buf}. */
    public void writeHeader(ByteBuffer buf) {
        buf.putInt(wireSize() - 4).put((byte) type);
        if (type != CONTROL) {
            buf.putInt(channel);
        }
    }

    /** Bytes before the payload on the wire. */
    public int headerSize() {
        return type != CONTROL ? 9 : 5;
    }

    /** Bytes this frame occupies on the wire, for queue accounting. */
    public int wireSize() {
        return headerSize() + payload.length;
    }
}
