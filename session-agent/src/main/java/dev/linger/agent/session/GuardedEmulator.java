package dev.linger.agent.session;

import com.techsenger.jeditermfx.core.TerminalOutputStream;
import dev.linger.term.EngineRestart;
import dev.linger.term.FeedTimeoutException;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * A session's emulator, started over when the program's output breaks it, so that no output can
 * cost more than that one session's terminal state. Two failures count: the engine throwing
 * (anything: a bug of the core on a sequence nobody foresaw), and one batch of output (at most
 * {@link OutputBacklog#BATCH} bytes, about a millisecond of parsing) taking longer than
 * {@link EngineRestart#FEED_TIME_LIMIT_MS}. Either way the engine is replaced by
 * {@link EngineRestart#after}: the scrollback and the screen's text stay, the screen says the
 * terminal was reset, the log says why, and what the session had queued for the emulator at that
 * moment is skipped (the clients already have it). The shell is never touched.
 *
 * <p>A core looping on its input is stopped by the engine itself at the limit
 * ({@link FeedTimeoutException}); a batch that ends late without reading is caught when it ends.
 * Java cannot stop a thread that neither reads nor returns: that every operation of the core is
 * bounded is what terminal-core's clamps are for. Every method runs under the session's engine
 * lock, except {@link #engine()}, which other threads read for values the engine publishes itself.
 */
final class GuardedEmulator {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedEmulator.class);

    private final String session;
    private final TerminalOutputStream replies;
    private volatile TerminalEngine engine;
    /** Scrollback versions of the engines before this one, so the session's version only grows. */
    private long versionBase;
    /** Set by a restart until the current drain ends: the rest of it is skipped. */
    private boolean skipping;
    private int restarts;
    private boolean restarted;
    private volatile RuntimeException injected;

    GuardedEmulator(String session, TerminalEngine engine, TerminalOutputStream replies) {
        this.session = session;
        this.replies = replies;
        this.engine = engine;
        engine.setReplies(replies);
        engine.setFeedTimeLimit(EngineRestart.FEED_TIME_LIMIT_MS);
    }

    TerminalEngine engine() {
        return engine;
    }

    /** The scrollback's version, growing across restarts (a fresh engine's store starts over). */
    long scrollbackVersion() {
        return versionBase + engine.scrollback().version();
    }

    /** Feeds one batch; a failure restarts the engine instead of reaching the caller. */
    void feed(byte[] bytes, int off, int len) {
        if (skipping) {
            return;
        }
        long start = System.nanoTime();
        try {
            RuntimeException fault = injected;
            if (fault != null) {
                injected = null;
                throw fault;
            }
            engine.feed(bytes, off, len);
        } catch (FeedTimeoutException e) {
            restart("its emulator stalled: " + e.getMessage(), null);
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            restart("its emulator failed on output: " + e, e);
            return;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (ms > EngineRestart.FEED_TIME_LIMIT_MS) {
            restart("its emulator stalled: one feed of " + len + " bytes took " + ms + " ms (the limit is "
                    + EngineRestart.FEED_TIME_LIMIT_MS + " ms)", null);
        }
    }

    /** Whether the engine was restarted since the last call. */
    boolean takeRestarted() {
        boolean was = restarted;
        restarted = false;
        return was;
    }

    /** Ends a drain: the next output is parsed again. */
    void drained() {
        skipping = false;
    }

    /** For tests: the next feed fails with {@code fault}, as the core would on a sequence it cannot handle. */
    void failNextFeed(RuntimeException fault) {
        injected = fault;
    }

    private void restart(String why, Throwable cause) {
        restarts++;
        TerminalEngine failed = engine;
        versionBase += failed.scrollback().version() + 1;
        TerminalEngine fresh = EngineRestart.after(failed);
        fresh.setReplies(replies);
        engine = fresh;
        skipping = true;
        restarted = true;
        String message = "session {} terminal reset (#{}): {}; its scrollback and screen text were kept, the output queued"
                + " behind it skipped, the shell left running";
        if (restarts == 1 && cause != null) {
            LOG.error(message, session, restarts, why, cause);
        } else {
            LOG.error(message, session, restarts, why);
        }
    }
}
