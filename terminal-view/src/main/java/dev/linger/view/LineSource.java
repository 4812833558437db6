package dev.linger.view;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import dev.linger.term.ScrollbackStore;
import dev.linger.term.TerminalEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lines by absolute number (see {@link Viewport}): history lines decoded from the scrollback store,
 * screen lines straight from the emulator. Callers hold the text buffer's lock.
 *
 * <p>Decoded history lines are cached by their encoded array, which the store never changes or
 * reuses, so the cache needs no invalidation when lines are appended or dropped.
 */
public final class LineSource {
    private static final int CACHE_LINES = 1024;

    private final TerminalEngine engine;
    private final Map<byte[], TerminalLine> decoded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<byte[], TerminalLine> eldest) {
            return size() > CACHE_LINES;
        }
    };

    public LineSource(TerminalEngine engine) {
        this.engine = engine;
    }

    public int historySize() {
        return engine.scrollback().size();
    }

    public long totalAppended() {
        return engine.scrollback().totalAppended();
    }

    /** The first absolute line still available. */
    public long firstLine() {
        return totalAppended() - historySize();
    }

    /** One past the last absolute line (the screen's bottom row + 1). */
    public long endLine() {
        return totalAppended() + engine.rows();
    }

    /** The line, or null when {@code abs} is outside history and screen. */
    public TerminalLine line(long abs) {
        ScrollbackStore store = engine.scrollback();
        long total = store.totalAppended();
        if (abs >= total) {
            long y = abs - total;
            return y < engine.rows() ? engine.textBuffer().getLine((int) y) : null;
        }
        long index = abs - (total - store.size());
        if (index < 0) {
            return null;
        }
        byte[] encoded = store.get((int) index);
        TerminalLine line = decoded.get(encoded);
        if (line == null) {
            line = store.line((int) index);
            decoded.put(encoded, line);
        }
        return line;
    }

    /**
     * A number that changes when the line's content changes: history lines never change, so
     * their encoded array stands for them; screen lines are hashed cell by cell.
     */
    public long signature(long abs) {
        ScrollbackStore store = engine.scrollback();
        long total = store.totalAppended();
        if (abs < total) {
            long index = abs - (total - store.size());
            if (index < 0) {
                return 0;
            }
            byte[] encoded = store.get((int) index);
            return 0x9E3779B97F4A7C15L * System.identityHashCode(encoded) + java.util.Arrays.hashCode(encoded);
        }
        long y = abs - total;
        if (y >= engine.rows()) {
            return 0;
        }
        return LineSignature.of(engine.textBuffer().getLine((int) y));
    }
}
