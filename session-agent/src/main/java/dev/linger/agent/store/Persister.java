package dev.linger.agent.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes changed sessions to agent.db twice a second, off the sessions' own threads, so the
 * file is never more than about a second behind. When the disk is full or the directory
 * read-only it keeps the changes pending, reports a warning, and catches up once it can.
 */
public final class Persister implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Persister.class);
    static final long PERIOD_MS = 500;

    private final Path file;
    private final Supplier<List<? extends Persistable>> sessions;
    private final Map<String, Long> saved = new ConcurrentHashMap<>();
    /** Each session's {@link Persistable#screenChanges()} as of its last saved snapshot. */
    private final Map<String, Long> savedScreens = new ConcurrentHashMap<>();
    /** Each session's {@link Persistable#scrollbackChanges()} as of the scrollback it saved last. */
    private final Map<String, Long> savedScrollbacks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "persister");
        t.setDaemon(true);
        return t;
    });
    private volatile AgentStore store;
    private volatile String warning;
    private volatile String openNote;
    /** The start of the last write that ended without error: every change before it is in agent.db. */
    private volatile Instant savedAsOf;
    private volatile int scrollbackLines = Integer.MAX_VALUE;

    public Persister(Path file, Supplier<List<? extends Persistable>> sessions) {
        this.file = file;
        this.sessions = sessions;
    }

    /** Opens agent.db (reporting, not failing, when it cannot) and starts the periodic writes. */
    public Optional<AgentStore> start() {
        ensureOpen();
        thread.scheduleWithFixedDelay(this::cycle, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return Optional.ofNullable(store);
    }

    public Optional<AgentStore> store() {
        return Optional.ofNullable(store);
    }

    /** A problem writing agent.db right now (full disk, read-only directory), or null. */
    public String warning() {
        return warning;
    }

    /** Every change made before this instant is in agent.db; null until a write has ended. */
    public Instant savedAsOf() {
        return savedAsOf;
    }

    /** What happened when agent.db was opened (a corrupt file moved aside), or null. */
    public String openNote() {
        return openNote;
    }

    public void setScrollbackLines(int lines) {
        this.scrollbackLines = lines;
        saved.clear();
        savedScreens.clear();
        savedScrollbacks.clear();
    }

    /** Writes every session now, changed or not; used before a graceful stop. */
    public void flushAll() {
        try {
            thread.submit(() -> writeAll(true)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("final write of agent.db failed: {}", e.toString());
        }
    }

    /** Forgets what was last saved of a session, so that a removed one is not rewritten. */
    public void dropped(String id) {
        saved.remove(id);
        savedScreens.remove(id);
        savedScrollbacks.remove(id);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AgentStore s = store;
        if (s != null) {
            s.close();
        }
    }

    private void cycle() {
        try {
            writeAll(false);
        } catch (RuntimeException e) {
            LOG.error("persister cycle failed", e);
        }
    }

    private void writeAll(boolean force) {
        // Before any counter is read: a change made before this instant is captured below.
        Instant began = Instant.now();
        if (!ensureOpen()) {
            return;
        }
        for (Persistable p : sessions.get()) {
            // Read before the capture: a change after them is in the capture and seen again next cycle.
            long scrollback = p.scrollbackChanges();
            long screen = p.screenChanges();
            long changes = p.changes();
            Long last = saved.get(p.id());
            if (!force && last != null && last == changes) {
                continue;
            }
            Long lastScreen = savedScreens.get(p.id());
            boolean withSnapshot = force || lastScreen == null || lastScreen != screen;
            Long lastScrollback = savedScrollbacks.get(p.id());
            boolean withScrollback = withSnapshot && (force || lastScrollback == null || lastScrollback != scrollback);
            try {
                if (!store.save(p.capture(scrollbackLines, withSnapshot, withScrollback))) {
                    // No saved scrollback to keep after all: the next cycle saves the whole snapshot.
                    savedScrollbacks.remove(p.id());
                    continue;
                }
                saved.put(p.id(), changes);
                if (withSnapshot) {
                    savedScreens.put(p.id(), screen);
                }
                if (withScrollback) {
                    savedScrollbacks.put(p.id(), scrollback);
                }
            } catch (SQLException e) {
                if (warning == null) {
                    LOG.warn("cannot write {}: {}; will retry", file, e.getMessage());
                }
                warning = "cannot write " + file + ": " + e.getMessage() + "; retrying every " + PERIOD_MS + " ms";
                return;
            }
        }
        if (warning != null) {
            LOG.info("{} is writable again; caught up", file);
        }
        warning = null;
        savedAsOf = began;
    }

    private boolean ensureOpen() {
        if (store != null) {
            return true;
        }
        try {
            store = AgentStore.open(file);
            openNote = store.openNote();
            return true;
        } catch (SQLException | IOException e) {
            if (warning == null) {
                LOG.warn("cannot open {}: {}; will retry", file, e.getMessage());
            }
            warning = "cannot open " + file + ": " + e.getMessage() + "; retrying every " + PERIOD_MS + " ms";
            return false;
        }
    }
}
