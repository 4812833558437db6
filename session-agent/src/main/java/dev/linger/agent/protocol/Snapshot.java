package dev.linger.agent.protocol;

import dev.linger.term.ByteSink;
import dev.linger.term.ByteSource;
import dev.linger.term.ScreenSerializer;
import dev.linger.term.TerminalEngine;

/**
 * What an attaching client receives before the live stream: the scrollback in the store's own
 * line encoding (loaded without parsing) and the VT stream that rebuilds the screen.
 * Layout: {@code varint cols | varint rows | u32 scrollbackLength | scrollback | screen}.
 */
public final class Snapshot {
    private final int columns;
    private final int rows;
    private final byte[] scrollback;
    private final byte[] screen;

    public Snapshot(int columns, int rows, byte[] scrollback, byte[] screen) {
        this.columns = columns;
        this.rows = rows;
        this.scrollback = scrollback;
        this.screen = screen;
    }

    /** Taken by the engine's owner, serialised with its feeds. */
    public static Snapshot of(TerminalEngine engine) {
        return new Snapshot(engine.columns(), engine.rows(), engine.scrollback().toBytes(),
                ScreenSerializer.serialize(engine));
    }

    public byte[] encode() {
        ByteSink out = new ByteSink(scrollback.length + screen.length + 16);
        out.writeVarint(columns);
        out.writeVarint(rows);
        out.writeInt(scrollback.length);
        out.write(scrollback);
        out.write(screen);
        return out.toByteArray();
    }

    public static Snapshot decode(byte[] payload) {
        ByteSource in = new ByteSource(payload, 0, payload.length);
        int cols = in.readVarint();
        int rows = in.readVarint();
        byte[] scrollback = in.readBytes(in.readInt());
        byte[] screen = in.readBytes(payload.length - in.position());
        return new Snapshot(cols, rows, scrollback, screen);
    }

    /** Makes {@code engine} hold exactly the snapshotted terminal. */
    public void applyTo(TerminalEngine engine) {
        engine.resize(columns, rows);
        engine.scrollback().loadBytes(scrollback);
        engine.feed(screen);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public byte[] scrollback() {
        return scrollback;
    }

    public byte[] screen() {
        return screen;
    }
}
