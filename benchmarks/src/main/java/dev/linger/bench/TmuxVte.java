package dev.linger.bench;

import java.util.Arrays;
import java.util.List;

/** tmux for the {@code vte} benchmark: detached sessions of the run's private server, read with capture-pane. */
final class TmuxVte implements VteSystem {
    private static final long ATTACH_WAIT_MS = 30_000;

    private final TmuxDriver tmux;
    private int sessions;

    TmuxVte(TmuxDriver tmux) {
        this.tmux = tmux;
    }

    @Override
    public String name() {
        return "tmux";
    }

    @Override
    public long serverPid() throws Exception {
        return tmux.serverPid();
    }

    @Override
    public String start(String script) throws Exception {
        String name = "vte" + (++sessions);
        tmux.newSession(name, script);
        return name;
    }

    @Override
    public AutoCloseable attach(String session) throws Exception {
        DirectPty client = tmux.attach(session, (b, off, len) -> { });
        long deadline = System.currentTimeMillis() + ATTACH_WAIT_MS;
        while (tmux.run("list-clients", "-t", session).isBlank()) {
            if (System.currentTimeMillis() > deadline) {
                client.close();
                throw new java.io.IOException("tmux client did not attach to " + session + " in " + ATTACH_WAIT_MS + " ms");
            }
            Thread.sleep(5);
        }
        return client::close;
    }

    /** What {@code tmux capture-pane -p} prints. */
    @Override
    public List<String> screen(String session) throws Exception {
        return Arrays.asList(tmux.run("capture-pane", "-p", "-t", session).split("\n", -1));
    }

    /**
     * tmux parses pane output in the same step that reads it, so what a capture finds was on the
     * screen when the capture started; that start is also before the ~3 ms a capture-pane process
     * needs to start, so the time can only favour tmux.
     */
    @Override
    public long shownAt(long captureStart, long captureEnd) {
        return captureStart;
    }

    @Override
    public void kill(String session) throws Exception {
        tmux.run("kill-session", "-t", session);
    }
}
