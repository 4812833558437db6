package dev.linger.view;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A program in a local pseudo-terminal (pty4j). One thread reads output, one writes input, so a
 * program that stops reading its input never blocks the Swing thread that typed or pasted.
 */
public final class LocalPtyConnector implements TerminalConnector {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPtyConnector.class);
    private static final byte[] STOP = new byte[0];

    private final List<String> command;
    private final Map<String, String> environment;
    private final String directory;
    private final LinkedBlockingQueue<byte[]> input = new LinkedBlockingQueue<>();
    private volatile int columns;
    private volatile int rows;
    private volatile PtyProcess process;
    private volatile boolean closed;

    /**
     * @param command     the program and its arguments
     * @param extraEnv    variables set on top of this process's environment (TERM is always xterm-256color)
     * @param directory   working directory, or null for the current one
     */
    public LocalPtyConnector(List<String> command, Map<String, String> extraEnv, String directory, int columns, int rows) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command to run");
        }
        this.command = List.copyOf(command);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm-256color");
        env.put("COLORTERM", "truecolor");
        env.putAll(extraEnv);
        this.environment = env;
        this.directory = directory;
        this.columns = columns;
        this.rows = rows;
    }

    /** The user's login shell ($SHELL, else /bin/sh) as a login shell would run in a terminal. */
    public static LocalPtyConnector userShell(int columns, int rows) {
        String shell = System.getenv().getOrDefault("SHELL", "/bin/sh");
        return new LocalPtyConnector(List.of(shell, "-i"), Map.of(), System.getProperty("user.home"), columns, rows);
    }

    @Override
    public void start(Listener listener) {
        try {
            PtyProcessBuilder builder = new PtyProcessBuilder(command.toArray(new String[0]))
                    .setEnvironment(environment)
                    .setInitialColumns(columns)
                    .setInitialRows(rows)
                    .setRedirectErrorStream(true);
            if (directory != null) {
                builder.setDirectory(directory);
            }
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        Thread reader = new Thread(() -> readLoop(listener), "pty-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Thread writer = new Thread(this::writeLoop, "pty-writer-" + process.pid());
        writer.setDaemon(true);
        writer.start();
    }

    private void readLoop(Listener listener) {
        byte[] buf = new byte[64 * 1024];
        PtyProcess p = process;
        try (InputStream in = p.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                listener.output(buf, 0, n);
            }
        } catch (IOException e) {
            // EIO is how a PTY says the program side closed; nothing to report.
            LOG.debug("pty read ended: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("terminal output handling failed; closing", e);
        }
        int exit = -1;
        try {
            if (p.waitFor(2, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        input.offer(STOP);
        listener.closed(exit);
    }

    private void writeLoop() {
        OutputStream out = process.getOutputStream();
        try {
            while (true) {
                byte[] bytes = input.take();
                if (bytes == STOP) {
                    return;
                }
                out.write(bytes);
                if (input.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            LOG.debug("pty write ended: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void write(byte[] bytes) {
        if (!closed && bytes.length > 0) {
            input.offer(bytes);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        PtyProcess p = process;
        if (p != null && p.isAlive()) {
            p.setWinSize(new WinSize(columns, rows));
        }
    }

    @Override
    public boolean answersQueriesLocally() {
        return true;
    }

    /** The process id, for tests and diagnostics; -1 before start. */
    public long pid() {
        PtyProcess p = process;
        return p == null ? -1 : p.pid();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        input.offer(STOP);
        PtyProcess p = process;
        if (p != null) {
            p.destroy();
        }
    }
}
