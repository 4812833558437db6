package dev.linger.agent.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * The one directory that holds an agent's state: socket, lock, databases, logs. {@code LINGER_HOME}
 * moves all of it, which is how tests and benchmarks run isolated agents side by side.
 */
public final class LingerHome {
    public static final String ENV = "LINGER_HOME";
    private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");
    /** sun_path holds 104–108 bytes depending on the OS; stay under the smallest. */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path dir;

    public LingerHome(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** {@code LINGER_HOME}, else the platform's per-user data directory. */
    public static LingerHome fromEnvironment() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new LingerHome(Paths.get(env));
        }
        return new LingerHome(platformDefault());
    }

    static Path platformDefault() {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Paths.get(home, "Library", "Application Support", "Linger");
        }
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Paths.get(local != null ? local : home, "Linger");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(home, ".local", "share");
        return base.resolve("linger");
    }

    public Path dir() {
        return dir;
    }

    public Path socket() {
        Path socket = dir.resolve("agent.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        // A deep home would overflow sun_path: use a short, private per-home directory instead.
        String tmp = System.getProperty("java.io.tmpdir");
        String user = System.getProperty("user.name");
        return Paths.get(tmp, "linger-" + user, Integer.toHexString(dir.toString().hashCode()) + ".sock");
    }

    public Path lockFile() {
        return dir.resolve("agent.lock");
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    public Path agentLog() {
        return logDir().resolve("agent.log");
    }

    /** The agent's stdout and stderr: what it prints outside its log (a failed start, a JVM crash). */
    public Path agentOut() {
        return logDir().resolve("agent.out");
    }

    /** The desktop app's own log, beside the agent's. */
    public Path appLog() {
        return logDir().resolve("app.log");
    }

    public Path agentDb() {
        return dir.resolve("agent.db");
    }

    public Path desktopDb() {
        return dir.resolve("desktop.db");
    }

    /** Creates the directories with owner-only access, tightening them if they already exist. */
    public void ensureDirectories() throws IOException {
        makePrivateDir(dir);
        makePrivateDir(logDir());
        makePrivateDir(socket().getParent());
    }

    public static void makePrivateDir(Path path) throws IOException {
        Files.createDirectories(path);
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, DIR_PERMS);
        }
    }

    /** Creates the file if absent; either way leaves it readable by its owner only. */
    public static void createPrivateFile(Path path) throws IOException {
        if (!Files.exists(path)) {
            Files.createFile(path);
        }
        makePrivateFile(path);
    }

    public static void makePrivateFile(Path path) throws IOException {
        if (supportsPosix(path) && Files.exists(path)) {
            Files.setPosixFilePermissions(path, FILE_PERMS);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
