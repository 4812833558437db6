package dev.linger.bench.view;

import com.formdev.flatlaf.FlatDarkLaf;
import dev.linger.agent.store.StoreSettings;
import dev.linger.view.LocalPtyConnector;
import dev.linger.view.TerminalConnector;
import dev.linger.view.TerminalPanel;
import dev.linger.view.TerminalView;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The "cat a 20 MB file" figure: a visible 120×40 view on a local bash runs
 * {@code cat FILE; echo SENTINEL} and the time is taken from sending the command until the view
 * has parsed the sentinel; bash also times cat itself (what the same command measures in xterm).
 * While it runs, the event thread is pinged every 20 ms to measure how responsive the window stays.
 *
 * <p>Usage: {@code java -cp benchmarks/target/linger-bench.jar dev.linger.bench.view.CatBench DIR [runs]}
 * (or {@code benchmarks/scripts/cat-vs-xterm.sh}, which sets it beside xterm); the files are created
 * in DIR if missing. Run under a display (Xvfb). Prints one line per run and the medians.
 */
public final class CatBench {
    private static final long SIZE = 20L * 1024 * 1024;

    private CatBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(dir);
        Path plain = BenchFiles.create(dir.resolve("cat-plain-20m.txt"), SIZE, false);
        Path colour = BenchFiles.create(dir.resolve("cat-colour-20m.txt"), SIZE, true);
        Watched watched = open();
        for (Path file : List.of(plain, colour)) {
            List<Long> viewMs = new ArrayList<>();
            List<Long> shellMs = new ArrayList<>();
            List<Long> edtMax = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long[] r = watched.run(file);
                viewMs.add(r[0]);
                shellMs.add(r[1]);
                edtMax.add(r[2]);
                System.out.printf("%s run %d: view parsed all output after %d ms; bash timed cat at %d ms; "
                        + "event-thread max delay %d ms%n", file.getFileName(), i + 1, r[0], r[1], r[2]);
            }
            System.out.printf("%s (%d MB): median %d ms view (%.1f MB/s), %d ms cat in bash, EDT max delay median %d ms%n",
                    file.getFileName(), Files.size(file) >> 20, median(viewMs),
                    Files.size(file) / 1048576.0 / (median(viewMs) / 1000.0), median(shellMs), median(edtMax));
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after the runs: %d MB (scrollback %d lines)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, watched.view.engine().scrollback().size());
        SwingUtilities.invokeAndWait(() -> watched.frame.dispose());
        watched.view.close();
        System.exit(0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A view whose connector output is watched for a sentinel after the view has parsed it. */
    private static final class Watched {
        JFrame frame;
        TerminalView view;
        LocalPtyConnector shell;
        volatile CountDownLatch done;
        volatile String sentinel = "";
        final StringBuilder tail = new StringBuilder();
        final AtomicLong doneAt = new AtomicLong();

        long[] run(Path file) throws Exception {
            String id = "END" + System.nanoTime();
            sentinel = id + " ";
            done = new CountDownLatch(1);
            String cmd = "clear; s=$(date +%s%N); cat '" + file + "'; e=$(date +%s%N); echo " + id + " $(( (e - s) / 1000000 ))\r";
            AtomicLong edtMax = new AtomicLong();
            Thread pinger = new Thread(() -> ping(edtMax));
            pinger.setDaemon(true);
            long start = System.nanoTime();
            pinger.start();
            shell.write(cmd.getBytes(StandardCharsets.UTF_8));
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("no sentinel");
            }
            pinger.interrupt();
            pinger.join();
            long viewMs = (doneAt.get() - start) / 1_000_000;
            // The shell's own figure follows the sentinel on the same line.
            long shellMs = -1;
            for (int i = 0; i < 100 && shellMs < 0; i++) {
                for (String line : view.screenText()) {
                    if (line.startsWith(id + " ")) {
                        shellMs = Long.parseLong(line.substring(id.length() + 1).trim());
                    }
                }
                Thread.sleep(20);
            }
            Thread.sleep(300);
            return new long[] {viewMs, shellMs, edtMax.get()};
        }

        private static void ping(AtomicLong max) {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long sent = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    SwingUtilities.invokeLater(ran::countDown);
                    ran.await();
                    max.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void output(byte[] b, int off, int len) {
            String s = sentinel;
            if (s.isEmpty()) {
                return;
            }
            // Only the tail matters: the sentinel is short and comes last.
            tail.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            if (tail.length() > 4096) {
                tail.delete(0, tail.length() - 256);
            }
            int at = tail.indexOf(s);
            if (at >= 0 && (at == 0 || tail.charAt(at - 1) != ' ')) {
                // the echoed command line contains "echo END..." preceded by a space; the output does not
                doneAt.set(System.nanoTime());
                sentinel = "";
                tail.setLength(0);
                done.countDown();
            }
        }
    }

    private static Watched open() throws Exception {
        Watched w = new Watched();
        SwingUtilities.invokeAndWait(() -> {
            FlatDarkLaf.setup();
            w.view = new TerminalView(StoreSettings.DEFAULT_SCROLLBACK);
            w.view.setPreferredGrid(120, 40);
            w.frame = new JFrame("cat bench");
            w.frame.setContentPane(new TerminalPanel(w.view));
            w.frame.pack();
            w.frame.setLocation(0, 0);
            w.frame.setVisible(true);
        });
        CountDownLatch prompt = new CountDownLatch(1);
        w.shell = new LocalPtyConnector(List.of("/bin/bash", "--norc", "--noprofile"),
                Map.of("PS1", "$ ", "HISTFILE", "/dev/null"), null, 120, 40);
        TerminalConnector watching = new TerminalConnector() {
            @Override
            public void start(Listener listener) {
                w.shell.start(new Listener() {
                    @Override
                    public void output(byte[] buffer, int offset, int length) {
                        listener.output(buffer, offset, length);
                        w.output(buffer, offset, length);
                        prompt.countDown();
                    }

                    @Override
                    public void closed(int exitCode) {
                        listener.closed(exitCode);
                    }
                });
            }

            @Override
            public void write(byte[] bytes) {
                w.shell.write(bytes);
            }

            @Override
            public void resize(int columns, int rows) {
                w.shell.resize(columns, rows);
            }

            @Override
            public boolean answersQueriesLocally() {
                return true;
            }

            @Override
            public void close() {
                w.shell.close();
            }
        };
        SwingUtilities.invokeAndWait(() -> w.view.connect(watching));
        prompt.await(10, TimeUnit.SECONDS);
        Thread.sleep(500);
        System.out.printf("view grid %d×%d%n", w.view.columns(), w.view.rows());
        return w;
    }
}
