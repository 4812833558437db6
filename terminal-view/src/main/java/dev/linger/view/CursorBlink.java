package dev.linger.view;

import javax.swing.Timer;

/**
 * The blink phase of the cursor and of blinking text. It turns over every 530 ms only while the
 * view has the focus; without the focus, and right after the user typed, the phase is "on" so
 * the cursor is where the eye looks for it. Event thread only.
 */
final class CursorBlink {
    private static final int BLINK_MILLIS = 530;

    private final Timer timer;
    private boolean on = true;

    /** {@code turned} runs on each turn of the phase (the view asks for a frame). */
    CursorBlink(Runnable turned) {
        timer = new Timer(BLINK_MILLIS, e -> {
            on = !on;
            turned.run();
        });
    }

    /** True in the visible half of the phase (always true while the view lacks the focus). */
    boolean on() {
        return on;
    }

    /** The user typed: show the cursor now, and count a whole phase from here. */
    void typed() {
        on = true;
        if (timer.isRunning()) {
            timer.restart();
        }
    }

    void focusGained() {
        on = true;
        timer.restart();
    }

    void focusLost() {
        timer.stop();
        on = true;
    }

    void stop() {
        timer.stop();
    }
}
