package dev.linger.agent.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads made on demand and ended after two idle seconds, so idle sessions cost none;
 * unbounded, so a task stuck on one session (an emulator or a PTY write waiting for a program
 * that does not read its input) never holds up another session's.
 */
final class OnDemandThreads {
    private static final long STACK = 256 * 1024;
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService pool;

    /** {@code name}: the threads are called name-1, name-2, … */
    OnDemandThreads(String name) {
        pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(null, r, name + "-" + count.incrementAndGet(), STACK);
            t.setDaemon(true);
            return t;
        });
    }

    void run(Runnable task) {
        pool.execute(task);
    }
}
