package dev.linger.agent.session;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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
    private final SecureRandom random = new SecureRandom();
    private final int scrollbackLines;
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

    public Session create(SessionSpec spec) throws ProtocolException {
        String id;
        String name;
        synchronized (this) {
            id = newId();
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
            throw new ProtocolException(ErrorCode.SPAWN_FAILED, "cannot start " + String.join(" ", spec.argv()) + " in "
                    + spec.cwd() + ": " + e.getMessage());
        }
        Session session = new Session(id, name, spec, process, scrollbackLines, s -> { });
        synchronized (this) {
            sessions.put(id, session);
        }
        session.start();
        LOG.info("session {} started: {} in {} (pid {})", session.label(), spec.argv(), spec.cwd(), process.pid());
        return session;
    }

    /** A session by id, or else by name. */
    public synchronized Session find(String ref) throws ProtocolException {
        if (ref == null || ref.isEmpty()) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "no session given; name a session by its name or id");
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
        throw new ProtocolException(ErrorCode.UNKNOWN_SESSION, "no session named or with id '" + ref
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

    public void rename(Session session, String newName) throws ProtocolException {
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
        session.closeSubscribers(dev.linger.agent.protocol.Methods.EVENT_CLOSED);
        session.terminate(2000);
        LOG.info("session {} killed", session.label());
    }

    /** Hangs up every shell, waits a little for them to go, then kills what is left. */
    @Override
    public void close() {
        exitWatcher.shutdownNow();
        Collection<Session> all = list();
        for (Session s : all) {
            s.closeSubscribers(dev.linger.agent.protocol.Methods.EVENT_SHUTDOWN);
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

    private void checkNameFree(String name, Session self) throws ProtocolException {
        for (Map.Entry<String, Session> e : sessions.entrySet()) {
            Session s = e.getValue();
            if (s == self) {
                continue;
            }
            if (s != null && s.name().equals(name)) {
                throw new ProtocolException(ErrorCode.NAME_IN_USE, "a session named '" + name
                        + "' already exists (" + s.id() + "); choose another name");
            }
            if (e.getKey().equals(name)) {
                throw new ProtocolException(ErrorCode.NAME_IN_USE, "'" + name + "' is another session's id; choose another name");
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
