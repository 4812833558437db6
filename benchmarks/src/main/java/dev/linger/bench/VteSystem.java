package dev.linger.bench;

import java.util.List;

/**
 * A terminal multiplexer as the {@code vte} benchmark drives it: detached sessions running a
 * script, their screens as text, and the process whose CPU time counts.
 */
interface VteSystem {
    String name();

    /** The process that reads the PTYs and keeps the screens (the agent, the tmux server). */
    long serverPid() throws Exception;

    /** A new detached 80x24 session running {@code sh -c script}; its id. */
    String start(String script) throws Exception;

    /** Attaches a client that reads and discards the session's output, until closed. */
    AutoCloseable attach(String session) throws Exception;

    /** The session's screen as text lines, as the system's own capture command gives them. */
    List<String> screen(String session) throws Exception;

    /**
     * When a screen was known to hold what a capture found, given the capture's start and end
     * (System.nanoTime()).
     */
    long shownAt(long captureStart, long captureEnd);

    void kill(String session) throws Exception;
}
