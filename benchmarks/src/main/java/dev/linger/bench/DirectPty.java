package dev.linger.bench;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program in a PTY of this JVM (pty4j, as the agent uses), with a thread that hands every
 * read to a {@link Reader}: the direct-PTY baseline, and the terminal tmux's client runs in.
 */
final class DirectPty implements AutoCloseable {
    interface Reader {
        void onBytes(byte[] buf, int off, int len);
    }

    private static final int READ_BUFFER = 64 * 1024;

    private final PtyProcess process;
    private final OutputStream input;
    private final Thread reader;
    private final Cleanup.Entry cleanup;

    private DirectPty(BenchContext ctx, PtyProcess process, Reader sink) {
        this.process = process;
        this.input = process.getOutputStream();
        this.reader = new Thread(() -> readLoop(sink), "pty-read-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        this.cleanup = ctx.cleanup().add("pty " + process.pid(), this::destroy);
    }

    static DirectPty spawn(BenchContext ctx, List<String> argv, Reader sink) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm-256color");
        env.remove("TMUX");
        PtyProcess p = new PtyProcessBuilder(argv.toArray(new String[0]))
                .setEnvironment(env)
                .setDirectory(ctx.workDir().toString())
                .setInitialColumns(BenchContext.COLS)
                .setInitialRows(BenchContext.ROWS)
                .setConsole(false)
                .start();
        return new DirectPty(ctx, p, sink);
    }

    /** pty4j loads its native library on first use (~0.3 s): pay that before anything is timed. */
    static void warmUp(BenchContext ctx) throws Exception {
        try (DirectPty p = spawn(ctx, List.of("true"), (b, o, l) -> { })) {
            p.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    void write(byte[] bytes) throws IOException {
        input.write(bytes);
        input.flush();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        cleanup.runNow();
    }

    private void destroy() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
        }
        reader.join(1000);
    }

    private void readLoop(Reader sink) {
        byte[] buf = new byte[READ_BUFFER];
        try {
            InputStream in = process.getInputStream();
            int n;
            while ((n = in.read(buf)) > 0) {
                sink.onBytes(buf, 0, n);
            }
        } catch (IOException e) {
            // the PTY closed: the program ended or was killed
        }
    }
}
