package dev.linger.agent.protocol;

import dev.linger.term.ByteSink;
import dev.linger.term.ByteSource;
import dev.linger.term.ScreenSerializer;
import dev.linger.term.ScrollbackStore;
import dev.linger.term.TerminalEngine;

import java.util.Arrays;

/**
 * What an attaching client receives before the live stream: the scrollback in the store's own
 * line encoding (loaded without parsing) and the VT stream that rebuilds the screen.
 * Layout: {@code varint cols | varint rows | u32 scrollbackLength | scrollback | screen}.
 *
 * <p>A snapshot is its encoded form and two regions of it. The agent writes the scrollback
 * straight from the store into that form, and the client reads both regions where they arrived:
 * a snapshot of 10,000 lines is copied once on each side, not four times.
 */
public final class Snapshot {
    private final int columns;
    private final int rows;
    private final byte[] encoded;
    private final int scrollbackAt;
    private final int scrollbackLength;
    private final int screenAt;

    private Snapshot(int columns, int rows, byte[] encoded, int scrollbackAt, int scrollbackLength) {
        this.columns = columns;
        this.rows = rows;
        this.encoded = encoded;
        this.scrollbackAt = scrollbackAt;
        this.scrollbackLength = scrollbackLength;
        this.screenAt = scrollbackAt + scrollbackLength;
    }

    /** Taken by the engine's owner, serialised with its feeds. */
    public static Snapshot of(TerminalEngine engine) {
        byte[] screen = ScreenSerializer.serialize(engine);
        ScrollbackStore store = engine.scrollback();
        int scrollback = store.encodedSize(store.size());
        int head = ByteSink.varintSize(engine.columns()) + ByteSink.varintSize(engine.rows()) + 4;
        ByteSink out = new ByteSink(head + scrollback + screen.length);
        out.writeVarint(engine.columns());
        out.writeVarint(engine.rows());
        out.writeInt(scrollback);
        store.writeTo(out, store.size());
        out.write(screen);
        return new Snapshot(engine.columns(), engine.rows(), out.takeArray(), head, scrollback);
    }

    /** Reads a snapshot frame's payload in place: the array is kept, not copied. */
    public static Snapshot decode(byte[] payload) {
        ByteSource in = new ByteSource(payload, 0, payload.length);
        int cols = in.readVarint();
        int rows = in.readVarint();
        int scrollback = in.readInt();
        int at = in.position();
        if (scrollback < 0 || scrollback > payload.length - at) {
            throw new IllegalArgumentException("snapshot of " + payload.length + " bytes claims " + scrollback
                    + " bytes of scrollback at byte " + at);
        }
        return new Snapshot(cols, rows, payload, at, scrollback);
    }

    /** The payload of a snapshot frame: the snapshot's own array, not a copy. */
    public byte[] encode() {
        return encoded;
    }

    /** Makes {@code engine} hold exactly the snapshotted terminal; the engine's store keeps reading this snapshot's array. */
    public void applyTo(TerminalEngine engine) {
        engine.resize(columns, rows);
        engine.scrollback().loadBytes(encoded, scrollbackAt, scrollbackLength);
        engine.feed(encoded, screenAt, encoded.length - screenAt);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** Bytes of the scrollback block. */
    public int scrollbackLength() {
        return scrollbackLength;
    }

    /** Bytes of the VT stream that rebuilds the screen. */
    public int screenLength() {
        return encoded.length - screenAt;
    }

    /** A copy of the VT stream that rebuilds the screen. */
    public byte[] screen() {
        return Arrays.copyOfRange(encoded, screenAt, encoded.length);
    }
}
