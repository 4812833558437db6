package dev.linger.term;

import com.techsenger.jeditermfx.core.model.TerminalLine;

import java.util.Arrays;

/**
 * Lines that scrolled off the top of the screen, oldest first, each kept in {@link LineCodec}'s
 * encoding in a fixed-capacity ring. Appending never shifts: that is why history lives here and
 * not in the emulator, whose history list is copied on every scrolled line.
 *
 * <p>A block loaded with {@link #loadBytes} is kept whole and its lines read from it in place:
 * an attaching client then holds 10,000 lines in one array instead of splitting them into
 * 10,000. {@link #get} copies such a line out once, on first use, so that the array it returns
 * is the same on every call.
 *
 * <p>Not thread-safe: the owner serialises access (the session's lock in the agent, the view's
 * model lock in the app).
 */
public final class ScrollbackStore {
    /** Each slot's own bytes; null while a slot is only a slice of {@link #shared}. */
    private byte[][] ring;
    /** Per slot, where its line (length prefix first) starts in {@link #shared}, or -1; null when nothing is shared. */
    private int[] sliceAt;
    /** The block loaded last, while any kept line still comes from it. */
    private byte[] shared;
    private int sharedLines;
    /** What the kept lines take in block form (length prefix and bytes each): sizes a snapshot without a pass. */
    private long blockBytes;
    private int head;
    private int size;
    private long totalAppended;
    private int capacity;
    /** Grows with every change of the kept lines: equal versions mean equal content. */
    private long version;

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

    /** Grows whenever the kept lines change (appended, cleared, trimmed, loaded). */
    public long version() {
        return version;
    }

    public void append(byte[] encodedLine) {
        if (encodedLine == null) {
            throw new NullPointerException("a scrollback line cannot be null");
        }
        totalAppended++;
        version++;
        if (capacity == 0) {
            return;
        }
        if (size < capacity && size == ring.length) {
            grow();
        }
        int slot;
        if (size < capacity) {
            slot = (head + size) % ring.length;
            size++;
        } else {
            slot = head;
            head = (head + 1) % ring.length;
            blockBytes -= blockCost(slot);
            dropSlice(slot);
        }
        ring[slot] = encodedLine;
        blockBytes += blockCost(slot);
    }

    public void append(TerminalLine line) {
        append(LineCodec.encode(line));
    }

    /** The encoded line {@code index} lines after the oldest kept one; the same array on every call. */
    public byte[] get(int index) {
        int slot = slot(index);
        byte[] line = ring[slot];
        if (line == null) {
            int at = sliceAt[slot];
            int from = dataStart(shared, at);
            line = Arrays.copyOfRange(shared, from, from + varintAt(shared, at));
            ring[slot] = line;
        }
        return line;
    }

    public TerminalLine line(int index) {
        return LineCodec.decode(get(index));
    }

    public String text(int index) {
        return LineCodec.text(get(index));
    }

    public void clear() {
        version++;
        ring = new byte[Math.min(capacity, 64)][];
        head = 0;
        size = 0;
        blockBytes = 0;
        releaseShared();
    }

    public void setMaxLines(int maxLines) {
        if (maxLines < 0) {
            throw new IllegalArgumentException("scrollback lines must be 0 or more, got " + maxLines);
        }
        int keep = Math.min(size, maxLines);
        version++;
        relocate(size - keep, keep, Math.max(keep, Math.min(maxLines, 1024)));
        capacity = maxLines;
        blockBytes = 0;
        for (int i = 0; i < size; i++) {
            blockBytes += blockCost(i);
        }
    }

    /** Every kept line as one block: varint(count) then varint(length) bytes, per line. */
    public byte[] toBytes() {
        return toBytes(size);
    }

    /** The newest {@code lastLines} lines as one block (see {@link #toBytes()}). */
    public byte[] toBytes(int lastLines) {
        ByteSink out = new ByteSink(encodedSize(lastLines));
        writeTo(out, lastLines);
        return out.takeArray();
    }

    /** Bytes {@link #toBytes(int)} gives, without making them: lets a caller size one buffer for all. */
    public int encodedSize(int lastLines) {
        int n = Math.min(lastLines, size);
        long total = ByteSink.varintSize(n);
        if (n == size) {
            total += blockBytes;
        } else {
            for (int i = size - n; i < size; i++) {
                total += blockCost(slot(i));
            }
        }
        if (total > Integer.MAX_VALUE - 64) {
            throw new IllegalStateException("scrollback of " + total + " bytes does not fit one block");
        }
        return (int) total;
    }

    /** Writes what {@link #toBytes(int)} returns into {@code out}, copying each line once. */
    public void writeTo(ByteSink out, int lastLines) {
        int n = Math.min(lastLines, size);
        out.writeVarint(n);
        for (int i = size - n; i < size; i++) {
            int slot = slot(i);
            byte[] line = ring[slot];
            if (line != null) {
                out.writeVarint(line.length);
                out.write(line);
            } else {
                // A slice is already in block form: its length prefix and bytes, as they are.
                int at = sliceAt[slot];
                out.write(shared, at, sliceBytes(at));
            }
        }
    }

    /** Replaces the content with a block made by {@link #toBytes()}, keeping the newest lines that fit. */
    public void loadBytes(byte[] block) {
        loadBytes(block, 0, block.length);
    }

    /**
     * Replaces the content with the block at {@code block[off, off + len)}, keeping the newest
     * lines that fit. The array is kept, not copied, while any of its lines is held: the caller
     * must not change it afterwards. A truncated block is rejected before anything changes.
     */
    public void loadBytes(byte[] block, int off, int len) {
        version++;
        ByteSource in = new ByteSource(block, off, len);
        int n = in.readVarint();
        if (n < 0) {
            throw new IllegalArgumentException("corrupt scrollback block: " + n + " lines");
        }
        int keep = Math.min(n, capacity);
        int skip = n - keep;
        int[] at = new int[Math.max(keep, Math.min(capacity, 64))];
        for (int i = 0; i < n; i++) {
            int start = in.position();
            in.skip(in.readVarint());
            if (i >= skip) {
                at[i - skip] = start;
            }
        }
        Arrays.fill(at, keep, at.length, -1);
        ring = new byte[at.length][];
        head = 0;
        size = keep;
        totalAppended = n;
        blockBytes = keep == 0 ? 0 : in.position() - at[0];
        if (keep == 0) {
            releaseShared();
        } else {
            shared = block;
            sliceAt = at;
            sharedLines = keep;
        }
    }

    /** Bytes held by encoded lines, for memory reports. */
    public long encodedBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            int slot = slot(i);
            byte[] line = ring[slot];
            total += line != null ? line.length : varintAt(shared, sliceAt[slot]);
        }
        return total;
    }

    private int slot(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("scrollback line " + index + " of " + size);
        }
        return (head + index) % ring.length;
    }

    /** Bytes the line in {@code slot} takes in block form. */
    private long blockCost(int slot) {
        byte[] line = ring[slot];
        if (line != null) {
            return ByteSink.varintSize(line.length) + line.length;
        }
        return sliceBytes(sliceAt[slot]);
    }

    /** Bytes of the slice at {@code at} in {@link #shared}: its length prefix and the line. */
    private int sliceBytes(int at) {
        return dataStart(shared, at) - at + varintAt(shared, at);
    }

    private void grow() {
        relocate(0, size, (int) Math.min(capacity, Math.max(16L, ring.length * 2L)));
    }

    /** Moves the lines {@code from .. from + count} (oldest first) into slots 0.. of a ring of {@code length}. */
    private void relocate(int from, int count, int length) {
        byte[][] lines = new byte[length][];
        int[] at = null;
        int slices = 0;
        if (sliceAt != null) {
            at = new int[length];
            Arrays.fill(at, -1);
        }
        for (int i = 0; i < count; i++) {
            int slot = (head + from + i) % ring.length;
            lines[i] = ring[slot];
            if (at != null && sliceAt[slot] >= 0) {
                at[i] = sliceAt[slot];
                slices++;
            }
        }
        ring = lines;
        head = 0;
        size = count;
        if (slices == 0) {
            releaseShared();
        } else {
            sliceAt = at;
            sharedLines = slices;
        }
    }

    /** The line in {@code slot} is being replaced: let the shared block go once none of it is held. */
    private void dropSlice(int slot) {
        if (sliceAt != null && sliceAt[slot] >= 0) {
            sliceAt[slot] = -1;
            if (--sharedLines == 0) {
                releaseShared();
            }
        }
    }

    private void releaseShared() {
        shared = null;
        sliceAt = null;
        sharedLines = 0;
    }

    private static int varintAt(byte[] b, int pos) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[pos++];
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    /** Where a line's bytes begin, after the length prefix at {@code pos}. */
    private static int dataStart(byte[] b, int pos) {
        while ((b[pos] & 0x80) != 0) {
            pos++;
        }
        return pos + 1;
    }
}
