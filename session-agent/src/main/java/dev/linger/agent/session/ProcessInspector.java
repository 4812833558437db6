package dev.linger.agent.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** What the OS tells about a shell: its working directory and what runs in the foreground. */
public final class ProcessInspector {
    private static final Path PROC = Paths.get("/proc");
    private static final boolean AVAILABLE = Files.isDirectory(PROC.resolve("self"));

    /**
     * What runs on a shell's terminal: the directory of its foreground process (the shell's own
     * when idle) and, when that is not the shell, its command name (else null).
     */
    public record Foreground(String cwd, String command) {
    }

    private ProcessInspector() {
    }

    public static boolean available() {
        return AVAILABLE;
    }

    /** The terminal's foreground as /proc tells it, each file read once; empty where there is no /proc. */
    public static Optional<Foreground> foreground(long shellPid) {
        if (!AVAILABLE) {
            return Optional.empty();
        }
        Optional<Long> group = foregroundGroup(shellPid);
        long pid = group.orElse(shellPid);
        Optional<String> cwd = readLink(PROC.resolve(pid + "/cwd"));
        if (cwd.isEmpty() && pid != shellPid) {
            cwd = readLink(PROC.resolve(shellPid + "/cwd"));
        }
        String command = null;
        if (group.isPresent() && group.get() != shellPid) {
            try {
                command = Files.readString(PROC.resolve(group.get() + "/comm"), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                // The foreground process ended between the reads: nothing runs but the shell.
            }
        }
        return Optional.of(new Foreground(cwd.orElse(null), command));
    }

    /** The process group the shell's terminal has in the foreground. */
    public static Optional<Long> foregroundGroup(long shellPid) {
        try {
            String stat = Files.readString(PROC.resolve(shellPid + "/stat"), StandardCharsets.UTF_8);
            // Field 2 (comm) is in parentheses and may hold spaces: count fields after the last ')'.
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long tpgid = Long.parseLong(rest[5]);
            return tpgid > 0 ? Optional.of(tpgid) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Resident memory of this process in bytes. */
    public static long selfRss() {
        if (AVAILABLE) {
            try {
                for (String line : Files.readAllLines(PROC.resolve("self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(ProcessHandle.current().pid())).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return Long.parseLong(out) * 1024;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
