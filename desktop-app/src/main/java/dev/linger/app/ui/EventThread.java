package dev.linger.app.ui;

import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;

/** Runs work on the event thread and waits for it, from any thread (the launch's thread mostly). */
public final class EventThread {
    private EventThread() {
    }

    /** Runs {@code r} on the event thread (at once when already on it); what it throws is thrown here. */
    public static void runAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
