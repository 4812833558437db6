package dev.linger.view;

import com.formdev.flatlaf.FlatDarkLaf;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A real window with a real terminal view on a real bash in a real PTY, driven by AssertJ
 * Swing's robot (real X events under Xvfb). Waits are for conditions, with timeouts.
 */
final class ShellHarness implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static boolean lafInstalled;

    final Robot robot;
    final FrameFixture window;
    final JFrame frame;
    final TerminalPanel panel;
    final TerminalView view;
    final LocalPtyConnector shell;
    final Path home;

    private ShellHarness(int columns, int rows) throws Exception {
        home = Files.createTempDirectory("linger-view-test");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(5);
        robot.settings().eventPostingDelay(20);
        frame = GuiActionRunner.execute(() -> {
            if (!lafInstalled) {
                FlatDarkLaf.setup();
                lafInstalled = true;
            }
            TerminalView v = new TerminalView(2_000);
            v.setPreferredGrid(columns, rows);
            TerminalPanel p = new TerminalPanel(v);
            JFrame f = new JFrame("terminal view test");
            f.setContentPane(p);
            f.pack();
            return f;
        });
        panel = (TerminalPanel) frame.getContentPane();
        view = panel.view();
        // Without a window manager Java and X can disagree about where a window is unless it
        // is placed explicitly: put it at the origin, where both agree.
        GuiActionRunner.execute(() -> {
            frame.setLocation(0, 0);
            frame.setVisible(true);
        });
        window = new FrameFixture(robot, frame);
        robot.waitForIdle();
        shell = new LocalPtyConnector(List.of("/bin/bash", "--norc", "--noprofile"),
                Map.of("PS1", "$ ", "HISTFILE", "/dev/null", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "HOME", home.toString()),
                home.toString(), view.columns(), view.rows());
        GuiActionRunner.execute(() -> view.connect(shell));
        waitForScreen(s -> s.contains("$"), "the prompt");
    }

    static ShellHarness open(int columns, int rows) throws Exception {
        return new ShellHarness(columns, rows);
    }

    /** Runs a command through the connector (setup, not what a test is about). */
    void run(String command) {
        GuiActionRunner.execute(() -> view.sendText(command + "\r"));
    }

    String screen() {
        return String.join("\n", view.screenText());
    }

    List<String> visible() {
        return GuiActionRunner.execute(view::visibleText);
    }

    void waitForScreen(Predicate<String> condition, String what) {
        waitFor(() -> condition.test(screen()), what);
    }

    /** Waits for a line that is exactly {@code line} (a command's output, not its echo). */
    void waitForLine(String line) {
        waitForScreen(s -> s.lines().anyMatch(l -> l.equals(line)), "a line \"" + line + "\"");
    }

    void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                var kfm = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
                throw new AssertionError("timed out waiting for " + what + " (focus owner " + kfm.getFocusOwner()
                        + ", focused window " + kfm.getFocusedWindow() + "); screen:\n" + screen());
            }
            robot.waitForIdle();
            pause(20);
        }
    }

    /** The centre of cell ({@code col}, {@code row}) of the view, in view coordinates. */
    Point cell(int col, int row) {
        Rectangle r = GuiActionRunner.execute(() -> view.cellBounds(col, row));
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    /** Just inside the left edge of a cell: a drag from here includes the cell. */
    Point leftEdge(int col, int row) {
        Point c = cell(col, row);
        return new Point(c.x - view.cellMetrics().width() / 2 + 1, c.y);
    }

    /** Just inside the right edge of a cell: a drag to here includes the cell. */
    Point rightEdge(int col, int row) {
        Point c = cell(col, row);
        return new Point(c.x + view.cellMetrics().width() / 2 - 1, c.y);
    }

    /** The row where a line starting with {@code prefix} is shown, or -1. */
    int rowOf(String prefix) {
        List<String> rows = visible();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Clicks {@code count} times at {@code at} and returns the selection that made. On a loaded
     * machine the robot's clicks can reach the view further apart than the multi-click interval
     * and count as single clicks, which select nothing; then it waits until the count has reset
     * (so the retry is not read as one more click of the same series) and clicks again.
     */
    String multiClick(Point at, int count) {
        Object interval = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        long resetMillis = (interval instanceof Integer i ? i : 500) + 200L;
        String selected = "";
        for (int attempt = 0; attempt < 3 && selected.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(resetMillis);
            }
            robot.click(view, at, MouseButton.LEFT_BUTTON, count);
            robot.waitForIdle();
            selected = GuiActionRunner.execute(view::selectedText);
        }
        return selected;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void drag(Point from, Point to) {
        robot.moveMouse(view, from);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        robot.moveMouse(view, new Point((from.x + to.x) / 2, (from.y + to.y) / 2));
        robot.moveMouse(view, to);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    /** Presses {@code key} while holding the modifier keys (VK_CONTROL, VK_SHIFT, ...). */
    void chord(int key, int... modifierKeys) {
        for (int m : modifierKeys) {
            robot.pressKey(m);
        }
        robot.pressAndReleaseKey(key);
        for (int i = modifierKeys.length - 1; i >= 0; i--) {
            robot.releaseKey(modifierKeys[i]);
        }
        robot.waitForIdle();
    }

    /**
     * Clicks the view's corner and waits until the view has had the click, not only the focus
     * (a shown window may hand it the focus first).
     */
    void focusView() {
        untilViewHas(e -> e.getID() == MouseEvent.MOUSE_RELEASED, "the click",
                () -> robot.click(view, new Point(view.getWidth() - 3, view.getHeight() - 3)));
        waitFor(() -> GuiActionRunner.execute(view::isFocusOwner), "the view to have the focus");
    }

    /** Puts the pointer over {@code at} (view coordinates) and waits until the view has seen it arrive there. */
    void movePointer(Point at) {
        // From a point beside it first, so that arriving is an event even if the pointer was there.
        robot.moveMouse(view, new Point(at.x + 7, at.y));
        untilViewHas(e -> e.getID() == MouseEvent.MOUSE_MOVED && e.getPoint().equals(at), "the pointer at " + at,
                () -> robot.moveMouse(view, at));
    }

    /**
     * Runs a robot action and waits until the view has had a mouse event it caused. X delivers
     * the robot's events on its own time: one still on its way when a test then turns on mouse
     * reporting would reach the test's program as a report (CI saw a setup click and a setup move
     * read that way).
     */
    private void untilViewHas(Predicate<MouseEvent> event, String what, Runnable action) {
        AtomicBoolean seen = new AtomicBoolean();
        AWTEventListener listener = e -> {
            if (e instanceof MouseEvent && e.getSource() instanceof Component
                    && SwingUtilities.isDescendingFrom((Component) e.getSource(), view) && event.test((MouseEvent) e)) {
                seen.set(true);
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);
        try {
            action.run();
            waitFor(seen::get, "the view to have " + what);
        } finally {
            Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            shell.close();
            GuiActionRunner.execute(view::close);
        } finally {
            window.cleanUp();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
