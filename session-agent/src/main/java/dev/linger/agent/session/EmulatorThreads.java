package dev.linger.agent.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run the sessions' emulators off their PTY readers. Threads are made on demand
 * and end when idle, so idle sessions cost none; unbounded, so one emulator stuck writing a reply
 * to a program that does not read its input never holds up another session's.
 */
final class EmulatorThreads {
    private static final long STACK = 256 * 1024;
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(null, r, "emulator-" + COUNT.incrementAndGet(), STACK);
                t.setDaemon(true);
                return t;
            });

    private EmulatorThreads() {
    }

    static void run(Runnable task) {
        POOL.execute(task);
    }
}
