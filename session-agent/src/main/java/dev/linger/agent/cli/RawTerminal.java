package dev.linger.agent.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The controlling terminal of the CLI, switched to raw mode with stty and restored after. */
final class RawTerminal implements AutoCloseable {
    private static final File TTY = new File("/dev/tty");
    private final String saved;

    private RawTerminal(String saved) {
        this.saved = saved;
    }

    static boolean available() {
        return System.console() != null && TTY.exists();
    }

    static RawTerminal enter() throws IOException {
        String saved = stty("-g").trim();
        stty("raw", "-echo");
        return new RawTerminal(saved);
    }

    /** {columns, rows} of the terminal. */
    static int[] size() throws IOException {
        String[] rowsCols = stty("size").trim().split("\\s+");
        try {
            return new int[] {Integer.parseInt(rowsCols[1]), Integer.parseInt(rowsCols[0])};
        } catch (RuntimeException e) {
            return new int[] {80, 24};
        }
    }

    @Override
    public void close() throws IOException {
        stty(saved);
    }

    private static String stty(String... args) throws IOException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "stty";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectInput(TTY).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed: " + out.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running stty");
        }
        return out;
    }
}
