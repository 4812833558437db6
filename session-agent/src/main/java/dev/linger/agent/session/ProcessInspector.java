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

    private ProcessInspector() {
    }

    public static boolean available() {
        return Files.isDirectory(PROC.resolve("self"));
    }

    /** The working directory of the terminal's foreground process (the shell when idle). */
    public static Optional<String> cwd(long shellPid) {
        if (!available()) {
            return Optional.empty();
        }
        long pid = foregroundGroup(shellPid).orElse(shellPid);
        Optional<String> cwd = readLink(PROC.resolve(pid + "/cwd"));
        return cwd.isPresent() ? cwd : readLink(PROC.resolve(shellPid + "/cwd"));
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

    /** The command name of what runs in the foreground, when it is not the shell itself. */
    public static Optional<String> foregroundCommand(long shellPid) {
        Optional<Long> group = foregroundGroup(shellPid);
        if (group.isEmpty() || group.get() == shellPid) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(PROC.resolve(group.get() + "/comm"), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Resident memory of this process in bytes. */
    public static long selfRss() {
        if (available()) {
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
