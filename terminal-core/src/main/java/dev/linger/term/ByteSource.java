package dev.linger.term;

/** Reads what {@link ByteSink} writes; throws {@link IllegalArgumentException} on truncated data. */
public final class ByteSource {
    private final byte[] buf;
    private int pos;
    private final int end;

    public ByteSource(byte[] buf, int off, int len) {
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    public int read() {
        if (pos >= end) {
            throw new IllegalArgumentException("truncated encoded data at byte " + pos);
        }
        return buf[pos++] & 0xFF;
    }

    public int readVarint() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = read();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint at byte " + pos);
    }

    /**
     * A varint count of items that take at least {@code minBytesEach} bytes each: one larger than
     * the bytes left could hold is corrupt data, rejected before anything is allocated for it.
     */
    public int readCount(int minBytesEach) {
        int at = pos;
        int n = readVarint();
        if (n < 0 || (long) n * minBytesEach > end - pos) {
            throw new IllegalArgumentException("corrupt encoded data: a count of " + n + " at byte " + at
                    + " does not fit the " + (end - pos) + " bytes left");
        }
        return n;
    }

    public char readCharUnit() {
        int b = read();
        if (b < 0x80) {
            return (char) b;
        }
        if (b < 0xE0) {
            return (char) (((b & 0x1F) << 6) | (read() & 0x3F));
        }
        return (char) (((b & 0x0F) << 12) | ((read() & 0x3F) << 6) | (read() & 0x3F));
    }

    public int readInt() {
        return (read() << 24) | (read() << 16) | (read() << 8) | read();
    }

    /** Moves past {@code n} bytes without reading them. */
    public void skip(int n) {
        if (n < 0 || n > end - pos) {
            throw new IllegalArgumentException("truncated encoded data: " + n + " bytes wanted at byte " + pos);
        }
        pos += n;
    }

    public int position() {
        return pos;
    }
}
