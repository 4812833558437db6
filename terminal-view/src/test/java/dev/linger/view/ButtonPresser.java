package dev.linger.view;

import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JCheckBoxFixture;

import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.function.BooleanSupplier;

/**
 * Presses buttons until what they do has happened. On a loaded machine without a window manager
 * a click can reach X before a new window is where Java put it, and is lost; then the button is
 * pressed from the keyboard instead (focused, Space), which does not depend on where the window
 * is. Only for buttons whose action is observably done.
 */
public final class ButtonPresser {
    /** The harness's own wait: fails with what it waited for after its time-out. */
    public interface Waiter {
        void waitFor(BooleanSupplier condition, String what);
    }

    private final Robot robot;
    private final Waiter waiter;

    /** A plain wait for tests without a harness of their own. */
    public static Waiter timed(java.time.Duration timeout) {
        return (condition, what) -> {
            if (!poll(condition, timeout.toMillis())) {
                throw new AssertionError("timed out waiting for " + what);
            }
        };
    }

    public ButtonPresser(Robot robot, Waiter waiter) {
        this.robot = robot;
        this.waiter = waiter;
    }

    public void clickUntil(JButtonFixture b, BooleanSupplier done, String what) {
        pressUntil(b.target(), b::click, done, what);
    }

    /** Clicks a dialog's button until the dialog has closed. */
    public void clickToClose(JButtonFixture b) {
        Window w = GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(b.target()));
        clickUntil(b, () -> !GuiActionRunner.execute(w::isShowing), "the window " + w.getName() + " to close");
    }

    /** Ticks a check box, the same way: a click, then Space if the click was lost. */
    public void tick(JCheckBoxFixture box) {
        javax.swing.JCheckBox target = box.target();
        if (!GuiActionRunner.execute(target::isSelected)) {
            pressUntil(target, box::click, () -> GuiActionRunner.execute(target::isSelected),
                    "the box " + target.getName() + " to be ticked");
        }
    }

    /**
     * Clicks land where the window is on the X screen: without a window manager a new dialog may
     * be known to Java a moment before X maps it. It is mapped once it has the focus.
     */
    public void awaitFocused(Window w) {
        waiter.waitFor(() -> GuiActionRunner.execute(w::isFocused), "the window " + w.getName() + " to be on screen with the focus");
        robot.waitForIdle();
    }

    private void pressUntil(AbstractButton target, Runnable click, BooleanSupplier done, String what) {
        click.run();
        if (poll(done, 2_500)) {
            return;
        }
        for (int attempt = 0; attempt < 3 && GuiActionRunner.execute(() -> target.isShowing() && target.isEnabled()); attempt++) {
            Window w = GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(target));
            // Another window may hold the focus by now (the session manager's Open gives it to the
            // new tab), and nothing gives it back without a window manager: ask for it.
            GuiActionRunner.execute(() -> {
                if (w.isShowing() && !w.isFocused()) {
                    w.toFront();
                    target.requestFocus();
                }
            });
            awaitFocused(w);
            GuiActionRunner.execute(() -> target.requestFocusInWindow());
            waiter.waitFor(() -> GuiActionRunner.execute(target::isFocusOwner), "the button to have the focus");
            robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
            if (poll(done, 2_500)) {
                return;
            }
        }
        waiter.waitFor(done, what);
    }

    private static boolean poll(BooleanSupplier done, long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until) {
            if (done.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return done.getAsBoolean();
    }
}
