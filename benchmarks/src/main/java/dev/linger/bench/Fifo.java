package dev.linger.bench;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A named pipe between this JVM and a shell in a session that nobody watches (a detached
 * Linger or tmux session): the same handshake for both systems, with no terminal input or
 * client in the path. Opening a FIFO blocks until the other end opens it, so the shell's
 * {@code read _ < fifo} says it is ready and {@code : > fifo} says it has finished.
 */
final class Fifo {
    /** Threads that sit in a blocking open(); daemons, so a stuck one never holds the JVM. */
    private static final java.util.concurrent.ExecutorService OPENERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fifo-open");
        t.setDaemon(true);
        return t;
    });

    private final Path path;

    private Fifo(Path path) {
        this.path = path;
    }

    static Fifo create(Path path) throws IOException, InterruptedException {
        Files.deleteIfExists(path);
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed: " + out);
        }
        return new Fifo(path);
    }

    /** The path, quoted for {@code sh}. */
    String shellPath() {
        return "'" + path + "'";
    }

    /** Waits until the shell has opened the pipe to read it; then {@code beforeWrite} runs and a newline is written. */
    void release(Runnable beforeWrite, long timeoutMs) throws Exception {
        await(CompletableFuture.runAsync(() -> {
            try (FileOutputStream out = new FileOutputStream(path.toFile())) {
                beforeWrite.run();
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, OPENERS), timeoutMs, "the shell never opened " + path.getFileName() + " to wait for the start");
    }

    /** Waits until the shell has opened the pipe to write and closed it again. */
    void awaitClosedByWriter(long timeoutMs) throws Exception {
        await(CompletableFuture.runAsync(() -> {
            try (FileInputStream in = new FileInputStream(path.toFile())) {
                // Plain reads to the end: FileInputStream.readAllBytes asks a FIFO for its position and fails.
                byte[] buf = new byte[64];
                while (in.read(buf) >= 0) {
                    // the shell writes nothing; the end is what counts
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, OPENERS), timeoutMs, "the shell never signalled through " + path.getFileName() + " that it finished");
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    private void await(CompletableFuture<Void> f, long timeoutMs, String what) throws Exception {
        try {
            f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Opening both ends at once never blocks (Linux): it frees the thread still waiting in open().
            try (RandomAccessFile unblock = new RandomAccessFile(path.toFile(), "rw")) {
                f.get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the waiting thread ends either way
            }
            throw new IOException(what + " within " + timeoutMs + " ms");
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + e.getCause(), e.getCause());
        }
    }
}
