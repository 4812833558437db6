package dev.linger.app;

import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.SessionMeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Writes the layout to desktop.db on every change: the layout is read on the event thread (a few
 * small records), written on one writer thread; changes that pile up while a write runs are
 * written once, newest only. A {@code kill -9} loses at most the write in flight.
 */
public final class LayoutSaver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutSaver.class);

    /** What one write stores. */
    public record Captured(DesktopLayout layout, List<SessionMeta> sessions) {
    }

    private final DesktopStore store;
    private final Supplier<Captured> capture;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "desktop-db-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Captured> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean enabled;
    private volatile long writes;

    public LayoutSaver(DesktopStore store, Supplier<Captured> capture) {
        this.store = store;
        this.capture = capture;
    }

    /** Off while windows are being built at launch; on once they are. */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    /** Event thread: the layout changed. */
    public void changed() {
        if (!enabled) {
            return;
        }
        latest.set(capture.get());
        if (scheduled.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Captured c = latest.getAndSet(null);
        if (c == null) {
            return;
        }
        try {
            store.saveLayout(c.layout(), c.sessions());
            writes++;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot write the layout to desktop.db: {}", e.getMessage());
        }
    }

    /** Writes {@code c} now, after anything queued, and waits for it (quitting). */
    public void writeNow(Captured c) {
        latest.set(c);
        try {
            writer.submit(this::drain).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the last layout write did not finish: {}", e.toString());
        }
    }

    /** How many writes went to desktop.db (tests). */
    public long writes() {
        return writes;
    }

    @Override
    public void close() {
        enabled = false;
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
