package dev.linger.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything a run leaves behind (agents, tmux servers, PTYs, temp dirs), undone newest first:
 * when its owner closes it, at the end of each benchmark, at exit and on Ctrl-C.
 */
final class Cleanup {
    interface Step {
        void run() throws Exception;
    }

    /** One registered step; {@link #runNow} undoes it early, once. */
    final class Entry {
        private final String what;
        private final Step step;

        private Entry(String what, Step step) {
            this.what = what;
            this.step = step;
        }

        void runNow() {
            boolean pending;
            synchronized (Cleanup.this) {
                pending = steps.remove(this);
            }
            if (pending) {
                execute();
            }
        }

        private void execute() {
            try {
                step.run();
            } catch (Exception | Error e) {
                Log.info("cleanup of %s failed: %s", what, e);
            }
        }
    }

    private final Deque<Entry> steps = new ArrayDeque<>();

    synchronized Entry add(String what, Step step) {
        Entry e = new Entry(what, step);
        steps.push(e);
        return e;
    }

    synchronized int size() {
        return steps.size();
    }

    /** Runs every step registered since {@code mark} (an earlier {@link #size()}), newest first. */
    void unwindTo(int mark) {
        while (true) {
            Entry e;
            synchronized (this) {
                if (steps.size() <= mark) {
                    return;
                }
                e = steps.pop();
            }
            e.execute();
        }
    }
}
