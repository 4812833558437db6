package dev.linger.app;

import dev.linger.app.window.Pane;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Milestones of a launch, for measuring it from outside: with {@code -Dlinger.trace=startup} (or
 * {@code LINGER_TRACE=startup}) each is printed once as {@code linger-trace <event> <epoch ms>
 * [detail]}: the first window shown, the first pane painting text (a prompt or a restored screen),
 * and every restored pane's snapshot until all are in.
 */
public final class StartupTrace {
    private final boolean on;
    private final PrintStream out;
    private final Set<Pane> restored = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean windowShown;
    private boolean firstText;
    private int expected;

    public StartupTrace(boolean on, PrintStream out) {
        this.on = on;
        this.out = out;
    }

    public static StartupTrace fromEnvironment() {
        String v = System.getProperty("linger.trace", System.getenv("LINGER_TRACE"));
        return new StartupTrace("startup".equals(v), System.out);
    }

    public synchronized void windowShown() {
        if (!windowShown) {
            windowShown = true;
            emit("window", "");
        }
    }

    public synchronized void firstText() {
        if (!firstText) {
            firstText = true;
            emit("first-text", "");
        }
    }

    /** How many panes the launch restores. */
    public synchronized void expectRestored(int n) {
        expected = n;
        check();
    }

    public synchronized void restored(Pane pane) {
        if (restored.add(pane)) {
            check();
        }
    }

    private void check() {
        if (expected > 0 && restored.size() == expected) {
            emit("all-restored", Integer.toString(expected));
            expected = -1;
        }
    }

    private void emit(String event, String detail) {
        if (on) {
            out.println("linger-trace " + event + " " + System.currentTimeMillis() + (detail.isEmpty() ? "" : " " + detail));
            out.flush();
        }
    }
}
