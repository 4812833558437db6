package dev.linger.view;

import javax.swing.SwingUtilities;
import java.awt.DisplayMode;
import java.awt.GraphicsEnvironment;
import javax.swing.Timer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces "something changed" signals from any thread into at most one frame per display
 * refresh on the event thread. Idle views schedule nothing: the timer runs only while frames are
 * wanted, so a burst of a thousand writes costs one invokeLater and one frame.
 */
final class FrameScheduler {
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable frame;
    private final Timer timer;
    private final long intervalNanos;
    private long lastFrameNanos;

    FrameScheduler(int framesPerSecond, Runnable frame) {
        this.frame = frame;
        this.intervalNanos = 1_000_000_000L / Math.max(1, framesPerSecond);
        this.timer = new Timer(0, e -> fire());
        timer.setRepeats(false);
    }

    /** The screen's refresh rate when the system tells it (30..240), else 60. */
    static int displayRefreshRate() {
        try {
            if (!GraphicsEnvironment.isHeadless()) {
                int hz = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDisplayMode().getRefreshRate();
                if (hz != DisplayMode.REFRESH_RATE_UNKNOWN) {
                    return Math.max(30, Math.min(240, hz));
                }
            }
        } catch (RuntimeException e) {
            // no usable screen information: the common rate will do
        }
        return 60;
    }

    /** Any thread: asks for a frame soon; cheap when one is already asked for. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::arm);
        }
    }

    private void arm() {
        long wait = lastFrameNanos + intervalNanos - System.nanoTime();
        if (wait <= 0) {
            fire();
        } else {
            timer.setInitialDelay((int) Math.max(1, wait / 1_000_000));
            timer.restart();
        }
    }

    private void fire() {
        // Cleared before the frame runs, so a change made while it runs asks for the next one.
        pending.set(false);
        lastFrameNanos = System.nanoTime();
        frame.run();
    }

    void stop() {
        timer.stop();
    }
}
