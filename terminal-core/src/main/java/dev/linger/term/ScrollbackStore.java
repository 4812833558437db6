package dev.linger.term;

import com.techsenger.jeditermfx.core.model.TerminalLine;

import java.util.Arrays;

/**
 * Lines that scrolled off the top of the screen, oldest first, each kept in {@link LineCodec}'s
 * encoding in a fixed-capacity ring. Appending never shifts: that is why history lives here and
 * not in the emulator, whose history list is copied on every scrolled line.
 *
 * <p>Not thread-safe: the owner serialises access (the session's lock in the agent, the view's
 * model lock in the app).
 */
public final class ScrollbackStore {
    private byte[][] ring;
    private int head;
    private int size;
    private long totalAppended;
    private int capacity;

    public ScrollbackStore(int maxLines) {
        if (maxLines < 0) {
            throw new IllegalArgumentException("scrollback lines must be 0 or more, got " + maxLines);
        }
        ring = new byte[Math.min(maxLines, 64)][];
        capacity = maxLines;
    }

    public int maxLines() {
        return capacity;
    }

    public int size() {
        return size;
    }

    /** Lines ever appended, including those since dropped: lets readers notice what is new. */
    public long totalAppended() {
        return totalAppended;
    }

    public void append(byte[] encodedLine) {
        totalAppended++;
        if (capacity == 0) {
            return;
        }
        if (size < capacity && size == ring.length) {
            grow();
        }
        if (size < capacity) {
            ring[(head + size) % ring.length] = encodedLine;
            size++;
        } else {
            ring[head] = encodedLine;
            head = (head + 1) % ring.length;
        }
    }

    public void append(TerminalLine line) {
        append(LineCodec.encode(line));
    }

    /** The encoded line {@code index} lines after the oldest kept one. */
    public byte[] get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("scrollback line " + index + " of " + size);
        }
        return ring[(head + index) % ring.length];
    }

    public TerminalLine line(int index) {
        return LineCodec.decode(get(index));
    }

    public String text(int index) {
        return LineCodec.text(get(index));
    }

    public void clear() {
        ring = new byte[Math.min(capacity, 64)][];
        head = 0;
        size = 0;
    }

    public void setMaxLines(int maxLines) {
        if (maxLines < 0) {
            throw new IllegalArgumentException("scrollback lines must be 0 or more, got " + maxLines);
        }
        int keep = Math.min(size, maxLines);
        byte[][] next = new byte[Math.max(keep, Math.min(maxLines, 1024))][];
        for (int i = 0; i < keep; i++) {
            next[i] = get(size - keep + i);
        }
        ring = next;
        head = 0;
        size = keep;
        capacity = maxLines;
    }

    /** Every kept line as one block: varint(count) then varint(length) bytes, per line. */
    public byte[] toBytes() {
        return toBytes(size);
    }

    /** The newest {@code lastLines} lines as one block (see {@link #toBytes()}). */
    public byte[] toBytes(int lastLines) {
        int n = Math.min(lastLines, size);
        int total = 5;
        for (int i = size - n; i < size; i++) {
            total += get(i).length + 5;
        }
        ByteSink out = new ByteSink(total);
        out.writeVarint(n);
        for (int i = size - n; i < size; i++) {
            byte[] line = get(i);
            out.writeVarint(line.length);
            out.write(line);
        }
        return out.toByteArray();
    }

    /** Replaces the content with a block made by {@link #toBytes()}, keeping the newest lines that fit. */
    public void loadBytes(byte[] block) {
        ByteSource in = new ByteSource(block, 0, block.length);
        int n = in.readVarint();
        clear();
        int skip = Math.max(0, n - capacity);
        for (int i = 0; i < n; i++) {
            int len = in.readVarint();
            if (i < skip) {
                in.readBytes(len);
                continue;
            }
            append(in.readBytes(len));
        }
        totalAppended = n;
    }

    /** Bytes held by encoded lines, for memory reports. */
    public long encodedBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += get(i).length;
        }
        return total;
    }

    private void grow() {
        int next = (int) Math.min(capacity, Math.max(16L, ring.length * 2L));
        byte[][] bigger = new byte[next][];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        Arrays.fill(ring, null);
        ring = bigger;
        head = 0;
    }
}
