package dev.linger.agent.session;

import com.pty4j.PtyProcess;
import com.pty4j.WinSize;
import com.techsenger.jeditermfx.core.TerminalOutputStream;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.agent.store.Persistable;
import dev.linger.agent.store.StoredSession;
import dev.linger.term.ScreenSerializer;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One shell in a PTY and everything the agent knows of it: a headless emulator holding the
 * screen and scrollback, and the clients attached to it.
 *
 * <p>One reader thread per session reads the PTY and, under the stream lock, fans each read out
 * to the subscribers and queues it in the {@link OutputBacklog}; the emulator parses the backlog
 * on an {@link EmulatorThreads} thread under the engine lock, so parsing never delays the next
 * read (a small read the reader parses itself when the emulator is free). Whoever reads the
 * emulator first parses what is still queued, so it sees every byte read so far. Attach holds
 * both locks (stream, then engine) while it snapshots, so a new subscriber's live stream starts
 * exactly where its snapshot ends.
 *
 * <p>One session's emulator never holds up another's requests, nor a listing: {@link #info}
 * reads only what the session publishes without its locks. A failing or stalling emulator is
 * started over by its {@link GuardedEmulator}.
 */
public final class Session implements Persistable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final int READ_BUFFER = 8 * 1024;
    /** Reads up to this are parsed by the reader itself ({@link #parseHere}). */
    private static final int PARSE_HERE_MAX = 1024;
    private static final long READER_STACK = 256 * 1024;

    private final String id;
    private final SessionSpec spec;
    private final PtyProcess process;
    private final PtyInput input;
    /** The emulator; replaced, under the engine lock, when output breaks it. */
    private final GuardedEmulator emulator;
    /** Guards the subscribers and the order of the stream. Fair, so a snapshot is not starved by a reader that relocks in a tight loop. */
    private final ReentrantLock lock = new ReentrantLock(true);
    /**
     * Guards the emulator; taken after {@link #lock} when both are needed. Fair, so that a request
     * (capture, attach) gets in between two drains of a session that prints without pause.
     */
    private final ReentrantLock engineLock = new ReentrantLock(true);
    private final OutputBacklog backlog = new OutputBacklog();
    /** Changed under {@link #lock} only; copy-on-write so that counting it needs no lock. */
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Osc7Scanner osc7 = new Osc7Scanner();
    private final Instant created;
    private volatile String name;
    private volatile String reportedCwd;
    private volatile SessionState state = SessionState.RUNNING;
    private volatile Integer exitCode;
    private volatile Instant lastAttached;
    private volatile Instant lastActivity;
    /** Bumped by everything worth persisting; read by the persister. */
    private final AtomicLong changes = new AtomicLong();
    /** Bumped with {@link #changes} when the terminal's content changes (output, resize). */
    private final AtomicLong screenChanges = new AtomicLong();
    /** The scrollback's version as of the engine lock's last release: readable without the lock. */
    private volatile long scrollbackVersion;
    /** The emulator's size ({@link #packSize}) as of the last {@link #withEngine}: readable without the lock. */
    private volatile long engineSize;

    Session(String id, String name, SessionSpec spec, PtyProcess process, int scrollbackLines, Instant created) {
        this.id = id;
        this.created = created;
        this.lastActivity = Instant.now();
        this.name = name;
        this.spec = spec;
        this.process = process;
        this.input = new PtyInput(id, process.getOutputStream());
        // The agent answers the program's queries (cursor position, device attributes) itself,
        // attached or not: one answer, however many clients watch.
        TerminalEngine engine = new TerminalEngine(spec.columns(), spec.rows(), scrollbackLines);
        this.engineSize = packSize(engine.columns(), engine.rows());
        this.emulator = new GuardedEmulator(id, engine, new TerminalOutputStream() {
            @Override
            public void sendBytes(byte[] bytes, boolean userInput) {
                input.offerReply(bytes);
            }

            @Override
            public void sendString(String string, boolean userInput) {
                input.offerReply(string.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }

    /** Prepares the emulator before the shell's first output (a resurrected session's past). */
    void preload(Consumer<TerminalEngine> loader) {
        withEngine(e -> {
            loader.accept(e);
            return null;
        });
    }

    void start() {
        Thread reader = new Thread(null, this::readLoop, "pty-" + id, READER_STACK);
        reader.setDaemon(true);
        reader.start();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    void rename(String newName) {
        lock.lock();
        try {
            this.name = newName;
            changes.incrementAndGet();
            tellSubscribers(new SessionEvent.Renamed(newName));
        } finally {
            lock.unlock();
        }
    }

    public SessionState state() {
        return state;
    }

    public long pid() {
        return process.pid();
    }

    public SessionSpec spec() {
        return spec;
    }

    public Instant created() {
        return created;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    /** Where the shell is now: /proc where there is one, else what the shell last reported. */
    public String cwd() {
        return cwd(liveForeground());
    }

    private String cwd(ProcessInspector.Foreground live) {
        if (live != null && live.cwd() != null) {
            return live.cwd();
        }
        return reportedCwd != null ? reportedCwd : spec.cwd().toString();
    }

    /** The terminal's foreground while the shell runs; null once it has exited or without /proc. */
    private ProcessInspector.Foreground liveForeground() {
        return state == SessionState.RUNNING ? ProcessInspector.foreground(process.pid()).orElse(null) : null;
    }

    /**
     * Adds a client. {@code beforeSnapshot} runs under the lock first (the attach response must
     * precede the snapshot on the wire); then the snapshot is queued, then live output follows.
     */
    public void attach(Subscriber subscriber, Runnable beforeSnapshot) {
        lock.lock();
        try {
            applySize(subscriber, subscriber.columns(), subscriber.rows());
            subscribers.add(subscriber);
            lastAttached = Instant.now();
            changes.incrementAndGet();
            beforeSnapshot.run();
            subscriber.sink().sendSnapshot(subscriber.channel(), withEngine(e -> Snapshot.of(e).encode()));
        } finally {
            lock.unlock();
        }
    }

    public void detach(Subscriber subscriber) {
        lock.lock();
        try {
            subscribers.remove(subscriber);
        } finally {
            lock.unlock();
        }
    }

    private void resyncAll() {
        for (Subscriber s : subscribers) {
            resync(s, () -> { });
        }
    }

    /** For tests: the emulator fails on the next output, as the core would on a sequence it cannot handle. */
    void failEmulatorOnNextOutput(RuntimeException fault) {
        emulator.failNextFeed(fault);
    }

    /** Sends a lagging client a fresh snapshot; its live stream resumes right after it. */
    public void resync(Subscriber subscriber, Runnable onQueued) {
        lock.lock();
        try {
            if (!subscribers.contains(subscriber)) {
                return;
            }
            subscriber.sink().sendSnapshot(subscriber.channel(), withEngine(e -> Snapshot.of(e).encode()));
            onQueued.run();
        } finally {
            lock.unlock();
        }
    }

    /** Input from a client (or the CLI when {@code from} is null); that client's size wins. */
    public void input(byte[] bytes, Subscriber from) throws SessionException {
        if (state != SessionState.RUNNING) {
            throw new SessionException(SessionException.Reason.ENDED, "session " + label() + " has exited (code " + exitCode
                    + "); kill it or start a new one");
        }
        // Typing makes this client's size the session's; without the locks when it already is,
        // so a keystroke (Ctrl-C in a flood) never waits for the emulator to finish a batch.
        if (from != null && packSize(from.columns(), from.rows()) != engineSize) {
            lock.lock();
            try {
                applySize(from, from.columns(), from.rows());
            } finally {
                lock.unlock();
            }
        }
        lastActivity = Instant.now();
        boolean queued;
        try {
            queued = input.offerInput(bytes);
        } catch (IOException e) {
            throw new SessionException(SessionException.Reason.ENDED, "session " + label() + " no longer accepts input: " + e.getMessage());
        }
        if (!queued) {
            throw new SessionException(SessionException.Reason.INPUT_FULL, "session " + label() + " is not reading its input: "
                    + input.queued() + " bytes already wait for it, so this input was refused; try again once the program"
                    + " reads (or kill the session)");
        }
    }

    /** A resize from a client (or the CLI when {@code from} is null): the PTY takes that size. */
    public void resize(int columns, int rows, Subscriber from) throws SessionException {
        SessionSpec.checkSize(columns, rows);
        lock.lock();
        try {
            if (from != null) {
                from.setSize(columns, rows);
            }
            applySize(from, columns, rows);
        } finally {
            lock.unlock();
        }
    }

    /** The emulator's width as of its last use: never waits for the emulator. */
    public int columns() {
        return (int) (engineSize >>> 32);
    }

    /** The emulator's height as of its last use: never waits for the emulator. */
    public int rows() {
        return (int) engineSize;
    }

    public String title() {
        return emulator.engine().title();
    }

    public int clientCount() {
        return subscribers.size();
    }

    /** Screen (and scrollback) as text lines, trailing blank lines dropped. */
    public List<String> capture(boolean history, boolean ansi) {
        return withEngine(e -> ScreenText.capture(e, history, ansi));
    }

    /** The last non-blank line of the screen, for listings. */
    public String lastLine() {
        List<String> lines = capture(false, false);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    @Override
    public long changes() {
        return changes.get();
    }

    @Override
    public long screenChanges() {
        return screenChanges.get();
    }

    @Override
    public long scrollbackChanges() {
        return scrollbackVersion;
    }

    @Override
    public StoredSession capture(int scrollbackLines, boolean withSnapshot, boolean withScrollback) {
        ProcessInspector.Foreground live = liveForeground();
        String cwd = cwd(live);
        String foreground = live == null ? null : live.command();
        record Terminal(int cols, int rows, byte[] scrollback, byte[] screen) {
        }
        Terminal t = withEngine(e -> new Terminal(e.columns(), e.rows(),
                withSnapshot && withScrollback ? e.scrollback().toBytes(scrollbackLines) : null,
                withSnapshot ? ScreenSerializer.serialize(e) : null));
        return new StoredSession(id, name, spec.argv(), cwd, spec.env(), t.cols(), t.rows(), created, lastAttached,
                lastActivity, state.wireName(), exitCode, foreground, title(), t.scrollback(), t.screen(), Instant.now());
    }

    /** Uses the emulator under the engine lock, once it has parsed everything read so far. */
    <T> T withEngine(java.util.function.Function<TerminalEngine, T> reader) {
        engineLock.lock();
        try {
            parseBacklog();
            return reader.apply(emulator.engine());
        } finally {
            unlockEngine();
        }
    }

    /** Publishes what other threads read of the emulator without its lock, then releases the lock. */
    private void unlockEngine() {
        TerminalEngine engine = emulator.engine();
        scrollbackVersion = emulator.scrollbackVersion();
        engineSize = packSize(engine.columns(), engine.rows());
        boolean restarted = emulator.takeRestarted();
        engineLock.unlock();
        if (restarted) {
            // The clients parsed the same output: they get the agent's fresh screen, note included.
            EmulatorThreads.run(this::resyncAll);
        }
    }

    /**
     * What listings and attach responses say of this session: read without the engine lock, so a
     * busy emulator never delays one.
     */
    public SessionInfo info() {
        ProcessInspector.Foreground live = liveForeground();
        return new SessionInfo(id, name, process.pid(), state.wireName(), exitCode, cwd(live), columns(), rows(), title(),
                created, lastAttached, lastActivity, clientCount(), spec.argv(), live == null ? null : live.command(), null);
    }

    /** Lines of scrollback the emulator keeps at most. */
    public int scrollbackLines() {
        return withEngine(e -> e.scrollback().maxLines());
    }

    /**
     * Keeps at most {@code lines} lines of scrollback from now on, and tells the attached clients
     * in order with the output they have. Growing keeps every line; shrinking drops the oldest
     * lines beyond the new limit and keeps the newest, as the clients' own stores do.
     */
    void setScrollbackLines(int lines) {
        lock.lock();
        try {
            boolean changed = withEngine(e -> {
                if (e.scrollback().maxLines() == lines) {
                    return false;
                }
                e.scrollback().setMaxLines(lines);
                return true;
            });
            if (changed) {
                changes.incrementAndGet();
                screenChanges.incrementAndGet();
                tellSubscribers(new SessionEvent.ScrollbackLimit(lines));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends every attached client an event; caller holds the stream lock. */
    private void tellSubscribers(SessionEvent event) {
        for (Subscriber s : subscribers) {
            s.sink().sendEvent(s.channel(), id, event);
        }
    }

    /** Hangs up the shell (SIGHUP), then kills it if it is still there after {@code graceMillis}. */
    void terminate(long graceMillis) {
        if (process.isAlive()) {
            hangup();
            try {
                if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void hangup() {
        if (process instanceof com.pty4j.unix.UnixPtyProcess) {
            ((com.pty4j.unix.UnixPtyProcess) process).hangup();
        } else {
            process.destroy();
        }
    }

    /** Tells attached clients the session is gone (killed, or the agent stops). */
    void closeSubscribers(SessionEvent why) {
        lock.lock();
        try {
            tellSubscribers(why);
            subscribers.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Notices a process that ended while something else still holds its terminal open. */
    void pollExit() {
        if (state == SessionState.RUNNING && !process.isAlive()) {
            markExited();
        }
    }

    String label() {
        return "'" + name + "' (" + id + ")";
    }

    private void readLoop() {
        InputStream out = process.getInputStream();
        byte[] buf = new byte[READ_BUFFER];
        try {
            int n;
            while ((n = out.read(buf)) > 0) {
                byte[] chunk = Arrays.copyOf(buf, n);
                backlog.reserve(n);
                lock.lock();
                try {
                    backlog.add(chunk);
                    for (Subscriber s : subscribers) {
                        s.sink().offerData(s.channel(), chunk);
                    }
                } finally {
                    lock.unlock();
                }
                if (backlog.claim() && !(n <= PARSE_HERE_MAX && parseHere())) {
                    EmulatorThreads.run(this::emulate);
                }
                lastActivity = Instant.now();
            }
        } catch (IOException e) {
            LOG.debug("session {} output ended: {}", id, e.toString());
        } catch (InterruptedException e) {
            LOG.debug("session {} reader interrupted", id);
        } catch (RuntimeException e) {
            LOG.error("session {} reader failed", id, e);
        }
        markExited();
    }

    /**
     * A small read (a keystroke's echo, a prompt) is parsed on the reader thread, after the
     * clients have it, when the emulator is free: waking an emulator thread for a few bytes
     * would compete for a core with the thread taking the echo to the client. Never waits for
     * the emulator; false, with the drain still claimed, if it is busy.
     */
    private boolean parseHere() {
        if (!engineLock.tryLock()) {
            return false;
        }
        parseAndUnlock();
        if (backlog.release()) {
            EmulatorThreads.run(this::emulate);
        }
        return true;
    }

    /** The emulator thread's task: parse the backlog, again if more came meanwhile. */
    private void emulate() {
        do {
            engineLock.lock();
            parseAndUnlock();
        } while (backlog.release());
    }

    /** With the engine lock held: parses the backlog, then unlocks. A failing feed is logged, not thrown: the drain must still be released. */
    private void parseAndUnlock() {
        try {
            parseBacklog();
        } catch (RuntimeException e) {
            LOG.error("session {} emulator failed", id, e);
        } finally {
            unlockEngine();
        }
    }

    /** Parses everything read so far. */
    private void catchUp() {
        withEngine(e -> null);
    }

    /** Feeds the emulator what the reader queued; caller holds the engine lock. */
    private void parseBacklog() {
        boolean any;
        try {
            any = backlog.drain(this::feedEngine);
        } finally {
            emulator.drained();
        }
        if (any) {
            changes.incrementAndGet();
            screenChanges.incrementAndGet();
        }
    }

    private void feedEngine(byte[] bytes, int off, int len) {
        emulator.feed(bytes, off, len);
        osc7.scan(bytes, off, len).ifPresent(dir -> reportedCwd = dir);
    }

    private void markExited() {
        Integer code;
        try {
            code = process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = null;
        }
        lock.lock();
        try {
            if (state == SessionState.EXITED) {
                return;
            }
            // The last output is parsed before anyone can see the session as exited.
            catchUp();
            exitCode = code;
            state = SessionState.EXITED;
            changes.incrementAndGet();
            tellSubscribers(new SessionEvent.Exited(code));
        } finally {
            lock.unlock();
        }
        LOG.info("session {} exited with code {}", label(), code);
    }

    /** Columns and rows in one long, so both are read and compared in a single volatile access. */
    private static long packSize(int columns, int rows) {
        return ((long) columns << 32) | (rows & 0xFFFFFFFFL);
    }

    /**
     * Gives the PTY and emulator a client's size and tells every client; caller holds the stream
     * lock, so the emulator resizes after exactly the output the clients had before the event.
     */
    private void applySize(Subscriber from, int columns, int rows) {
        if (columns <= 0 || rows <= 0) {
            return;
        }
        int[] size = withEngine(e -> {
            if (columns == e.columns() && rows == e.rows()) {
                return null;
            }
            if (state == SessionState.RUNNING) {
                try {
                    process.setWinSize(new WinSize(columns, rows));
                } catch (RuntimeException ex) {
                    LOG.debug("session {} resize failed: {}", id, ex.toString());
                }
            }
            e.resize(columns, rows);
            return new int[] {e.columns(), e.rows()};
        });
        if (size == null) {
            return;
        }
        changes.incrementAndGet();
        screenChanges.incrementAndGet();
        tellSubscribers(new SessionEvent.Resized(size[0], size[1]));
    }
}
