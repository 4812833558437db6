package dev.linger.term;

import java.util.Arrays;

/** A growable byte array with the few writers the line encoding needs; not thread-safe. */
public final class ByteSink {
    private byte[] buf;
    private int size;

    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    public void writeVarint(int v) {
        ensure(varintSize(v));
        while ((v & ~0x7F) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** Puts {@code v} as a varint at {@code at}, moving the bytes from there on along. */
    void insertVarint(int at, int v) {
        int len = varintSize(v);
        ensure(len);
        System.arraycopy(buf, at, buf, at + len, size - at);
        int end = size + len;
        size = at;
        writeVarint(v);
        size = end;
    }

    /** One UTF-16 unit in the UTF-8 shape (surrogates encoded individually). */
    public void writeCharUnit(char c) {
        ensure(3);
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else {
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** A code point as UTF-8 (four bytes for one beyond the BMP, where a surrogate pair would give two replacement characters). */
    public void writeCodePoint(int cp) {
        if (cp < 0x10000) {
            writeCharUnit((char) cp);
            return;
        }
        ensure(4);
        buf[size++] = (byte) (0xF0 | (cp >> 18));
        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (cp & 0x3F));
    }

    /** Units of a char array, each in the UTF-8 shape, with one capacity check for the lot. */
    public void writeCharUnits(char[] chars, int start, int n) {
        ensure(n * 3);
        byte[] b = buf;
        int p = size;
        for (int i = start, end = start + n; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = p;
    }

    public void writeAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    public void writeInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    public int size() {
        return size;
    }

    public void reset() {
        size = 0;
    }

    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /**
     * The bytes written, handing over the buffer itself when they fill it exactly: a sink sized
     * in advance then costs no second copy. The sink must not be written to afterwards.
     */
    public byte[] takeArray() {
        return size == buf.length ? buf : toByteArray();
    }

    /** Bytes {@link #writeVarint} takes for {@code v}. */
    public static int varintSize(int v) {
        int n = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
