package dev.linger.agent.session;

/** The threads that run the sessions' emulators off their PTY readers. */
final class EmulatorThreads {
    private static final OnDemandThreads THREADS = new OnDemandThreads("emulator");

    private EmulatorThreads() {
    }

    static void run(Runnable task) {
        THREADS.run(task);
    }
}
