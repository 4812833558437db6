package dev.linger.agent.client;

import dev.linger.agent.protocol.Snapshot;
import dev.linger.term.EngineRestart;
import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client-side emulator kept identical to the agent's: snapshot, then output and resizes in
 * the order they arrive. The CLI's {@code wait}, the benchmarks and the tests read it. Output
 * its engine fails on starts the engine over ({@link EngineRestart}) instead of ending the
 * command: the agent does the same and sends a fresh snapshot.
 */
public class MirrorTerminal implements ChannelListener {
    private static final Logger LOG = LoggerFactory.getLogger(MirrorTerminal.class);
    /** Replaced, under this object's monitor, when output breaks it. */
    private volatile TerminalEngine engine;
    private volatile boolean closed;
    private volatile Integer exitCode;
    private volatile boolean exited;
    private long snapshots;
    private long outputBytes;

    public MirrorTerminal(int scrollbackLines) {
        this.engine = new TerminalEngine(80, 24, scrollbackLines);
        engine.setFeedTimeLimit(EngineRestart.FEED_TIME_LIMIT_MS);
    }

    public TerminalEngine engine() {
        return engine;
    }

    @Override
    public synchronized void onSnapshot(Snapshot snapshot) {
        try {
            snapshot.applyTo(engine);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            restart(e);
        }
        snapshots++;
        changed();
        notifyAll();
    }

    @Override
    public synchronized void onOutput(byte[] bytes) {
        try {
            engine.feed(bytes);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            restart(e);
        }
        outputBytes += bytes.length;
        changed();
        notifyAll();
    }

    private void restart(Throwable cause) {
        LOG.warn("the mirror terminal was reset after output it could not handle: {}", cause.toString());
        engine = EngineRestart.after(engine);
    }

    @Override
    public synchronized void onResized(int cols, int rows) {
        engine.resize(cols, rows);
        notifyAll();
    }

    @Override
    public synchronized void onScrollbackLimit(int lines) {
        engine.scrollback().setMaxLines(lines);
        notifyAll();
    }

    @Override
    public synchronized void onExited(Integer code) {
        exited = true;
        exitCode = code;
        notifyAll();
    }

    @Override
    public synchronized void onClosed(String reason) {
        closed = true;
        notifyAll();
    }

    public synchronized long snapshots() {
        return snapshots;
    }

    public synchronized long outputBytes() {
        return outputBytes;
    }

    public boolean isExited() {
        return exited;
    }

    public Integer exitCode() {
        return exitCode;
    }

    /** Called with the monitor held after every change; subclasses watch the screen here. */
    protected void changed() {
    }

    /** Waits until {@code condition} holds (checked after each change) or the time is up. */
    public synchronized boolean await(java.util.function.Predicate<TerminalEngine> condition, long timeoutMs)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!condition.test(engine)) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0 || closed) {
                return condition.test(engine);
            }
            wait(left);
        }
        return true;
    }
}
