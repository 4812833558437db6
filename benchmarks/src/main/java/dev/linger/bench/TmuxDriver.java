package dev.linger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private tmux server ({@code tmux -L bench-XXXX -f /dev/null}) for the comparison: no status
 * line, history-limit 10000 for every pane made after {@link #start}, killed when closed.
 */
final class TmuxDriver implements AutoCloseable {
    private static final long COMMAND_TIMEOUT_MS = 60_000;

    private final BenchContext ctx;
    private final String socket;
    private final Cleanup.Entry cleanup;

    private TmuxDriver(BenchContext ctx, String socket) {
        this.ctx = ctx;
        this.socket = socket;
        this.cleanup = ctx.cleanup().add("tmux server " + socket, this::killServer);
    }

    /** The tmux version, or null when tmux cannot be run. */
    static String version() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A new server holding one idle session ("base") so it stays up. */
    static TmuxDriver start(BenchContext ctx) throws Exception {
        byte[] r = new byte[4];
        new SecureRandom().nextBytes(r);
        StringBuilder name = new StringBuilder("bench-");
        for (byte b : r) {
            name.append(String.format("%02x", b));
        }
        TmuxDriver t = new TmuxDriver(ctx, name.toString());
        t.run("new-session", "-d", "-s", "base", "-x", "80", "-y", "24", "cat", ";",
                "set", "-g", "history-limit", Integer.toString(BenchContext.SCROLLBACK), ";",
                "set", "-g", "status", "off");
        return t;
    }

    String socket() {
        return socket;
    }

    /** The command line of a tmux command on this server. */
    List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Runs a tmux command to its end; its stdout. */
    String run(String... args) throws IOException, InterruptedException {
        Process p = start(args);
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed (" + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8).trim());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Starts a tmux command; stderr goes with stdout. */
    Process start(String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .directory(ctx.workDir().toFile());
        pb.environment().remove("TMUX");
        return pb.start();
    }

    /** Reads a process's output to its end and waits for it; the bytes read. */
    static long drain(Process p) throws IOException, InterruptedException {
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = p.getInputStream()) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
            }
        }
        if (!p.waitFor(COMMAND_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux command did not finish");
        }
        return n;
    }

    /** A detached 80x24 session running {@code sh -c script}. */
    void newSession(String name, String script) throws IOException, InterruptedException {
        run("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "sh", "-c", script);
    }

    /** The shell command, for use inside a pane, that wakes {@code wait-for channel}. */
    String signalCommand(String channel) {
        return "tmux -L " + socket + " wait-for -S " + channel;
    }

    /** A real tmux client attached to {@code session}, in an 80x24 PTY read by {@code sink}. */
    DirectPty attach(String session, DirectPty.Reader sink) throws IOException {
        return DirectPty.spawn(ctx, command("attach-session", "-t", session), sink);
    }

    long serverPid() throws IOException, InterruptedException {
        return Long.parseLong(run("display-message", "-p", "-t", "base", "#{pid}").trim());
    }

    long serverRss() throws IOException, InterruptedException {
        return ProcStatus.rssBytes(serverPid());
    }

    @Override
    public void close() {
        cleanup.runNow();
    }

    private void killServer() throws IOException, InterruptedException {
        Process p = start("kill-server");
        p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
