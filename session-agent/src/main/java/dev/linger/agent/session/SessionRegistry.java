package dev.linger.agent.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import dev.linger.agent.store.AgentStore;
import dev.linger.agent.store.Persister;
import dev.linger.agent.store.StoreSettings;
import dev.linger.agent.store.StoredSession;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Every session of the agent, by id, with the rules for names and the spawning of shells. */
public final class SessionRegistry implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 6;

    private final Map<String, Session> sessions = new LinkedHashMap<>();
    /** Sessions whose process is gone but whose record and snapshot agent.db still holds. */
    private final Map<String, StoredSession> restorable = new LinkedHashMap<>();
    private volatile Persister persister;
    private final SecureRandom random = new SecureRandom();
    /** Lines of scrollback each session keeps: the {@code scrollback} setting, or its override. */
    private volatile int scrollbackLines;
    private final ScheduledExecutorService exitWatcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "exit-watcher");
        t.setDaemon(true);
        return t;
    });

    public SessionRegistry(int scrollbackLines) {
        this.scrollbackLines = scrollbackLines;
        // A shell whose children keep its terminal open never shows end-of-file: poll for its exit.
        exitWatcher.scheduleWithFixedDelay(this::pollExits, 250, 250, TimeUnit.MILLISECONDS);
    }

    /**
     * Saves sessions to agent.db from now on, and lists every session it holds from an earlier
     * agent as restorable: their processes ended with that agent.
     */
    public void enablePersistence(Persister p) {
        this.persister = p;
        Optional<AgentStore> store = p.start();
        if (store.isPresent()) {
            try {
                applySettings(store.get());
                for (StoredSession saved : store.get().loadAll()) {
                    synchronized (this) {
                        restorable.put(saved.id, saved);
                    }
                }
                LOG.info("{} sessions restorable from {}", restorable.size(), store.get().file());
            } catch (SQLException e) {
                LOG.error("cannot read {}: {}", store.get().file(), e.getMessage());
            }
        }
        prune();
        exitWatcher.scheduleWithFixedDelay(this::prune, 1, 1, TimeUnit.HOURS);
    }

    public Optional<Persister> persister() {
        return Optional.ofNullable(persister);
    }

    private void applySettings(AgentStore store) throws SQLException {
        persister.setScrollbackLines(StoreSettings.scrollbackLines(store.setting(StoreSettings.PERSIST_SCROLLBACK).orElse(null)));
        applyScrollback(StoreSettings.scrollback(store.setting(StoreSettings.SCROLLBACK).orElse(null)));
    }

    /**
     * Sets and applies a setting. {@code scrollback} applies to every live session at once (see
     * {@link Session#setScrollbackLines}) and is stored when agent.db is there; the others need agent.db.
     */
    public void configure(String key, String value) throws SessionException {
        String normal;
        try {
            normal = StoreSettings.validate(key, value);
        } catch (IllegalArgumentException e) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, e.getMessage());
        }
        Optional<AgentStore> store = key.equals(StoreSettings.SCROLLBACK) ? store() : Optional.of(requireStore());
        try {
            if (store.isPresent()) {
                store.get().putSetting(key, normal);
                applySettings(store.get());
            } else {
                applyScrollback(StoreSettings.scrollback(normal));
            }
        } catch (SQLException e) {
            throw new SessionException(SessionException.Reason.UNAVAILABLE, "cannot save the setting: " + e.getMessage());
        }
        prune();
    }

    /**
     * Every setting and its value now, in the order {@code linger config} shows them. Without
     * agent.db only {@code scrollback}, which then lives in memory for this agent's life.
     */
    public Map<String, String> settings() throws SessionException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(StoreSettings.SCROLLBACK, Integer.toString(scrollbackLines));
        Optional<AgentStore> store = store();
        if (store.isPresent()) {
            try {
                out.put(StoreSettings.PERSIST_SCROLLBACK, store.get().setting(StoreSettings.PERSIST_SCROLLBACK).orElse("on"));
                out.put(StoreSettings.TTL_DAYS, store.get().setting(StoreSettings.TTL_DAYS)
                        .orElse(Integer.toString(StoreSettings.DEFAULT_TTL_DAYS)));
            } catch (SQLException e) {
                throw new SessionException(SessionException.Reason.UNAVAILABLE, "cannot read settings: " + e.getMessage());
            }
        }
        return out;
    }

    /** Lines of scrollback each session keeps now. */
    public int scrollbackLines() {
        return scrollbackLines;
    }

    /**
     * Sets the scrollback for this agent's life without storing it: LINGER_SCROLLBACK_LINES at
     * start-up wins over the stored setting until {@code linger config scrollback} changes it.
     */
    public void overrideScrollbackLines(int lines) {
        applyScrollback(lines);
    }

    /** New sessions get {@code lines}; live ones grow, or drop their oldest lines beyond it. */
    private void applyScrollback(int lines) {
        List<Session> live;
        synchronized (this) {
            scrollbackLines = lines;
            live = list();
        }
        for (Session s : live) {
            s.setScrollbackLines(lines);
        }
    }

    private Optional<AgentStore> store() {
        Persister p = persister;
        return p == null ? Optional.empty() : p.store();
    }

    private AgentStore requireStore() throws SessionException {
        Persister p = persister;
        Optional<AgentStore> store = p == null ? Optional.empty() : p.store();
        if (store.isEmpty()) {
            throw new SessionException(SessionException.Reason.UNAVAILABLE, p == null ? "persistence is off for this agent (LINGER_PERSIST=off)"
                    : "agent.db is not available: " + p.warning());
        }
        return store.get();
    }

    public synchronized List<StoredSession> restorable() {
        return new ArrayList<>(restorable.values());
    }

    public synchronized StoredSession findRestorable(String ref) throws SessionException {
        StoredSession byId = restorable.get(ref);
        if (byId != null) {
            return byId;
        }
        for (StoredSession s : restorable.values()) {
            if (s.name.equals(ref)) {
                return s;
            }
        }
        if (sessions.containsKey(ref) || list().stream().anyMatch(s -> s.name().equals(ref))) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "session '" + ref + "' is running; only ended sessions can be restored or forgotten");
        }
        throw new SessionException(SessionException.Reason.NOT_FOUND, "no restorable session named or with id '" + ref
                + "'; `linger ls` lists them");
    }

    /**
     * Brings a restorable session back: same id and name, a new shell of the saved kind in the
     * saved directory (the home directory when that is gone), its past shown above a marker.
     */
    public Session restore(String ref) throws SessionException {
        StoredSession saved;
        synchronized (this) {
            saved = findRestorable(ref);
            restorable.remove(saved.id);
            sessions.put(saved.id, null);
        }
        try {
            Path cwd = Paths.get(saved.cwd);
            String note = null;
            if (!Files.isDirectory(cwd)) {
                Path home = Paths.get(System.getProperty("user.home"));
                note = "the directory " + cwd + " no longer exists; this shell starts in " + home;
                cwd = home;
            }
            SessionSpec spec = new SessionSpec(saved.name, saved.argv, cwd, saved.env, saved.columns, saved.rows);
            PtyProcess process = spawn(saved.id, spec);
            Session session = new Session(saved.id, saved.name, spec, process, scrollbackLines, saved.created);
            String shown = note;
            session.preload(engine -> Resurrection.apply(engine, saved, shown));
            synchronized (this) {
                sessions.put(saved.id, session);
            }
            session.setScrollbackLines(scrollbackLines); // in case it changed while the shell started
            session.start();
            LOG.info("session {} restored from its snapshot of {}", session.label(), saved.taken);
            return session;
        } catch (IOException | RuntimeException | SessionException e) {
            synchronized (this) {
                sessions.remove(saved.id);
                restorable.put(saved.id, saved);
            }
            if (e instanceof SessionException) {
                throw (SessionException) e;
            }
            throw new SessionException(SessionException.Reason.SPAWN_FAILED, "cannot restore '" + saved.name + "': " + e.getMessage());
        }
    }

    /** Deletes a restorable session and its saved text. */
    public void forget(String ref) throws SessionException {
        StoredSession saved;
        synchronized (this) {
            saved = findRestorable(ref);
            restorable.remove(saved.id);
        }
        deleteStored(saved.id);
        LOG.info("restorable session '{}' ({}) forgotten", saved.name, saved.id);
    }

    /** What a restorable session's screen and scrollback held, as text. */
    public List<String> captureRestorable(StoredSession saved, boolean history, boolean ansi) {
        TerminalEngine engine = new TerminalEngine(saved.columns, saved.rows, scrollbackLines);
        if (saved.scrollback.length > 0) {
            engine.scrollback().loadBytes(saved.scrollback);
        }
        engine.feed(saved.screen);
        return ScreenText.capture(engine, history, ansi);
    }

    /** Removes exited and restorable sessions older than the TTL. */
    public void prune() {
        Persister p = persister;
        Duration ttl = Duration.ofDays(StoreSettings.DEFAULT_TTL_DAYS);
        if (p != null && p.store().isPresent()) {
            try {
                ttl = StoreSettings.ttl(p.store().get().setting(StoreSettings.TTL_DAYS).orElse(null));
            } catch (SQLException e) {
                LOG.warn("cannot read the TTL setting: {}", e.getMessage());
            }
        }
        Instant cutoff = Instant.now().minus(ttl);
        List<StoredSession> old = new ArrayList<>();
        List<Session> exited = new ArrayList<>();
        synchronized (this) {
            for (StoredSession s : restorable.values()) {
                if (s.lastActivity.isBefore(cutoff)) {
                    old.add(s);
                }
            }
            for (Session s : list()) {
                if (s.state() == SessionState.EXITED && s.lastActivity().isBefore(cutoff)) {
                    exited.add(s);
                }
            }
            old.forEach(s -> restorable.remove(s.id));
        }
        for (StoredSession s : old) {
            deleteStored(s.id);
            LOG.info("pruned restorable session '{}' ({}): inactive since {}", s.name, s.id, s.lastActivity);
        }
        for (Session s : exited) {
            kill(s);
        }
    }

    private void deleteStored(String id) {
        Persister p = persister;
        if (p == null) {
            return;
        }
        p.dropped(id);
        p.store().ifPresent(store -> {
            try {
                store.delete(id);
            } catch (SQLException e) {
                LOG.warn("cannot delete session {} from agent.db: {}", id, e.getMessage());
            }
        });
    }

    public Session create(SessionSpec spec) throws SessionException {
        String id;
        String name;
        synchronized (this) {
            id = newId();
            while (restorable.containsKey(id)) {
                id = newId();
            }
            name = spec.name() != null ? spec.name() : defaultName();
            checkNameFree(name, null);
            // Reserve the name while spawning so two creates cannot take it twice.
            sessions.put(id, null);
        }
        PtyProcess process;
        try {
            process = spawn(id, spec);
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                sessions.remove(id);
            }
            throw new SessionException(SessionException.Reason.SPAWN_FAILED, "cannot start " + String.join(" ", spec.argv()) + " in "
                    + spec.cwd() + ": " + e.getMessage());
        }
        Session session = new Session(id, name, spec, process, scrollbackLines, java.time.Instant.now());
        synchronized (this) {
            sessions.put(id, session);
        }
        session.setScrollbackLines(scrollbackLines); // in case it changed while the shell started
        session.start();
        LOG.info("session {} started: {} in {} (pid {})", session.label(), spec.argv(), spec.cwd(), process.pid());
        return session;
    }

    /** A session by id, or else by name. */
    public synchronized Session find(String ref) throws SessionException {
        if (ref == null || ref.isEmpty()) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "no session given; name a session by its name or id");
        }
        Session byId = sessions.get(ref);
        if (byId != null) {
            return byId;
        }
        for (Session s : sessions.values()) {
            if (s != null && s.name().equals(ref)) {
                return s;
            }
        }
        for (StoredSession saved : restorable.values()) {
            if (saved.id.equals(ref) || saved.name.equals(ref)) {
                throw new SessionException(SessionException.Reason.ENDED, "session '" + saved.name + "' (" + saved.id
                        + ") is restorable: its process ended; `linger restore " + saved.name + "` brings it back");
            }
        }
        throw new SessionException(SessionException.Reason.NOT_FOUND, "no session named or with id '" + ref
                + "'; `linger ls` lists them");
    }

    public synchronized List<Session> list() {
        List<Session> out = new ArrayList<>();
        for (Session s : sessions.values()) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    public synchronized int size() {
        return list().size();
    }

    public void rename(Session session, String newName) throws SessionException {
        SessionNames.validate(newName);
        synchronized (this) {
            if (newName.equals(session.name())) {
                return;
            }
            checkNameFree(newName, session);
            session.rename(newName);
        }
    }

    /** Ends the session's shell and forgets the session. */
    public void kill(Session session) {
        synchronized (this) {
            sessions.remove(session.id());
        }
        session.closeSubscribers(new SessionEvent.Closed());
        session.terminate(2000);
        deleteStored(session.id());
        LOG.info("session {} killed", session.label());
    }

    /** Hangs up every shell, waits a little for them to go, then kills what is left. */
    @Override
    public void close() {
        exitWatcher.shutdownNow();
        Persister p = persister;
        if (p != null) {
            // Save everything as it is now, then stop writing: the hangups below must not be
            // recorded, so that every session reopens as restorable.
            p.flushAll();
            p.close();
        }
        Collection<Session> all = list();
        for (Session s : all) {
            s.closeSubscribers(new SessionEvent.Shutdown());
            s.hangup();
        }
        for (Session s : all) {
            s.terminate(3000);
        }
        synchronized (this) {
            sessions.clear();
        }
    }

    private PtyProcess spawn(String id, SessionSpec spec) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm-256color");
        env.put("COLORTERM", "truecolor");
        env.put("LINGER_SESSION", id);
        env.remove("TMUX");
        env.putAll(spec.env());
        return new PtyProcessBuilder(spec.argv().toArray(new String[0]))
                .setEnvironment(env)
                .setDirectory(spec.cwd().toString())
                .setInitialColumns(spec.columns())
                .setInitialRows(spec.rows())
                .setConsole(false)
                .start();
    }

    private void checkNameFree(String name, Session self) throws SessionException {
        for (StoredSession saved : restorable.values()) {
            if (saved.name.equals(name) || saved.id.equals(name)) {
                throw new SessionException(SessionException.Reason.NAME_TAKEN, "a restorable session is named '" + name + "' ("
                        + saved.id + "); restore or forget it, or choose another name");
            }
        }
        for (Map.Entry<String, Session> e : sessions.entrySet()) {
            Session s = e.getValue();
            if (s == self) {
                continue;
            }
            if (s != null && s.name().equals(name)) {
                throw new SessionException(SessionException.Reason.NAME_TAKEN, "a session named '" + name
                        + "' already exists (" + s.id() + "); choose another name");
            }
            if (e.getKey().equals(name)) {
                throw new SessionException(SessionException.Reason.NAME_TAKEN, "'" + name + "' is another session's id; choose another name");
            }
        }
    }

    private String defaultName() {
        for (int n = 1; ; n++) {
            String candidate = Integer.toString(n);
            boolean taken = false;
            for (Session s : sessions.values()) {
                if (s != null && s.name().equals(candidate)) {
                    taken = true;
                    break;
                }
            }
            for (StoredSession saved : restorable.values()) {
                taken |= saved.name.equals(candidate);
            }
            if (!taken) {
                return candidate;
            }
        }
    }

    private String newId() {
        while (true) {
            StringBuilder sb = new StringBuilder(ID_LENGTH);
            for (int i = 0; i < ID_LENGTH; i++) {
                sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            String id = sb.toString();
            if (!sessions.containsKey(id)) {
                return id;
            }
        }
    }

    private void pollExits() {
        try {
            for (Session s : list()) {
                s.pollExit();
            }
        } catch (RuntimeException e) {
            LOG.warn("exit watcher: {}", e.toString());
        }
    }
}
