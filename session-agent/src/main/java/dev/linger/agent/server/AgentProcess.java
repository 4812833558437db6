package dev.linger.agent.server;

import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.agent.log.LogFiles;
import dev.linger.agent.session.SessionRegistry;
import dev.linger.agent.store.Persister;
import dev.linger.agent.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.io.IOException;
import java.util.Optional;

/** The agent's whole life in one process: lock, log, socket, sessions, and a graceful end. */
public final class AgentProcess {
    public static final String SCROLLBACK_ENV = "LINGER_SCROLLBACK_LINES";
    /** {@code off} runs the agent without agent.db (for comparing throughput with and without it). */
    public static final String PERSIST_ENV = "LINGER_PERSIST";

    private AgentProcess() {
    }

    /** Runs the agent in this process until it is stopped; returns the exit status. */
    public static int run(LingerHome home) throws IOException, InterruptedException {
        home.ensureDirectories();
        // Set up before anything can fail, so that agent.log says why an agent did not start (the
        // file the app's error dialog and the launcher point at). A losing racer logs nothing.
        LogFiles.rollTo(home.agentLog());
        Logger log = LoggerFactory.getLogger(AgentProcess.class);
        try {
            return runLogged(home, log);
        } catch (IOException | RuntimeException e) {
            log.error("the agent stopped on an error", e);
            throw e;
        }
    }

    private static int runLogged(LingerHome home, Logger log) throws IOException, InterruptedException {
        Optional<PidLock> lock = PidLock.tryAcquire(home.lockFile());
        if (lock.isEmpty()) {
            String holder = PidLock.holderPid(home.lockFile()).map(pid -> " (pid " + pid + ")").orElse("");
            System.err.println("linger: an agent is already running for " + home + holder);
            return 1;
        }
        // The agent outlives the terminal that started it: a hangup is not a reason to stop.
        ignoreHangup();
        SessionRegistry registry = new SessionRegistry(StoreSettings.DEFAULT_SCROLLBACK);
        if (!"off".equalsIgnoreCase(System.getenv(PERSIST_ENV))) {
            registry.enablePersistence(new Persister(home.agentDb(), registry::list));
        } else {
            log.info("persistence is off ({}=off): sessions will not survive this agent", PERSIST_ENV);
        }
        applyScrollbackOverride(registry, log);
        AgentServer server = new AgentServer(home, registry);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        server.awaitStop();
        log.info("agent exiting");
        lock.get().close();
        return 0;
    }

    /**
     * LINGER_SCROLLBACK_LINES, when set to a valid number, overrides the stored {@code scrollback}
     * setting for this agent's life (it is not stored); a bad value is reported and ignored.
     */
    private static void applyScrollbackOverride(SessionRegistry registry, Logger log) {
        String v = System.getenv(SCROLLBACK_ENV);
        if (v == null || v.isBlank()) {
            return;
        }
        try {
            int lines = Integer.parseInt(StoreSettings.validate(StoreSettings.SCROLLBACK, v));
            registry.overrideScrollbackLines(lines);
            log.info("{}={} overrides the scrollback setting", SCROLLBACK_ENV, lines);
        } catch (IllegalArgumentException e) {
            String message = SCROLLBACK_ENV + " ignored: " + e.getMessage() + "; sessions keep " + registry.scrollbackLines() + " lines";
            System.err.println("linger: " + message);
            log.warn(message);
        }
    }

    private static void ignoreHangup() {
        try {
            // A handler, not SIG_IGN: an ignored signal stays ignored in every shell we exec,
            // and shells must still end on hangup when a session is killed.
            Signal.handle(new Signal("HUP"), sig -> LoggerFactory.getLogger(AgentProcess.class).info("hangup ignored"));
        } catch (IllegalArgumentException e) {
            // No SIGHUP on this OS (Windows): nothing to ignore.
        }
    }
}
