package dev.linger.agent.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A client's socket in non-blocking mode. The connection's reader and writer threads see it as
 * blocking: each waits on a selector of its own until the socket is readable or writable. Other
 * threads may {@link #tryWrite} what the socket takes at once, which never waits: that is how a
 * session's output reaches an idle connection without waking its writer thread.
 */
final class ClientSocket implements AutoCloseable {
    private final SocketChannel channel;
    private final Selector readable;
    private final Selector writable;

    ClientSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        readable = Selector.open();
        writable = Selector.open();
        try {
            channel.register(readable, SelectionKey.OP_READ);
            channel.register(writable, SelectionKey.OP_WRITE);
        } catch (IOException e) {
            readable.close();
            writable.close();
            throw e;
        }
    }

    /** Reads as the reader thread: waits for at least one byte; -1 at the end of the stream. */
    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                ByteBuffer dst = ByteBuffer.wrap(b, off, len);
                while (true) {
                    int n = channel.read(dst);
                    if (n != 0) {
                        return n;
                    }
                    await(readable);
                }
            }
        };
    }

    /** Writes as the writer thread: each call waits until the socket takes something. */
    GatheringByteChannel output() {
        return new GatheringByteChannel() {
            @Override
            public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
                while (true) {
                    long n = channel.write(srcs, offset, length);
                    if (n > 0 || !anyRemaining(srcs, offset, length)) {
                        return n;
                    }
                    await(writable);
                }
            }

            @Override
            public long write(ByteBuffer[] srcs) throws IOException {
                return write(srcs, 0, srcs.length);
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                return (int) write(new ByteBuffer[] {src}, 0, 1);
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() throws IOException {
                ClientSocket.this.close();
            }
        };
    }

    /** Writes what the socket takes now, without waiting; what is left stays in {@code src}. */
    void tryWrite(ByteBuffer src) throws IOException {
        channel.write(src);
    }

    /** Closes the socket; a reader or writer waiting on it wakes and fails. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            readable.wakeup();
            writable.wakeup();
            readable.close();
            writable.close();
        }
    }

    private void await(Selector selector) throws IOException {
        if (!channel.isOpen() || !selector.isOpen()) {
            throw new ClosedChannelException();
        }
        try {
            selector.select();
            selector.selectedKeys().clear();
        } catch (java.nio.channels.ClosedSelectorException e) {
            throw new ClosedChannelException();
        }
        if (!channel.isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private static boolean anyRemaining(ByteBuffer[] srcs, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (srcs[i].hasRemaining()) {
                return true;
            }
        }
        return false;
    }
}
