package dev.linger.agent.session;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a new session is made of, checked before anything is spawned. */
public final class SessionSpec {
    public static final int DEFAULT_COLUMNS = 80;
    public static final int DEFAULT_ROWS = 24;
    public static final int MAX_DIMENSION = 1000;

    private final String name;
    private final List<String> argv;
    private final Path cwd;
    private final Map<String, String> env;
    private final int columns;
    private final int rows;

    public SessionSpec(String name, List<String> argv, Path cwd, Map<String, String> env, int columns, int rows)
            throws SessionException {
        if (name != null) {
            SessionNames.validate(name);
        }
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "command is empty; give a program to run or omit it for the login shell");
        }
        if (!Files.isDirectory(cwd)) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "working directory " + cwd
                    + (Files.exists(cwd) ? " is not a directory" : " does not exist") + "; give an existing directory");
        }
        for (String key : env.keySet()) {
            if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) {
                throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "environment variable name '" + key
                        + "' is invalid; use NAME=VALUE with a non-empty NAME without '='");
            }
        }
        checkSize(columns, rows);
        this.name = name;
        this.argv = List.copyOf(argv);
        this.cwd = cwd;
        this.env = Map.copyOf(env);
        this.columns = columns;
        this.rows = rows;
    }

    public static void checkSize(int columns, int rows) throws SessionException {
        if (columns < 1 || rows < 1 || columns > MAX_DIMENSION || rows > MAX_DIMENSION) {
            throw new SessionException(SessionException.Reason.BAD_ARGUMENT, "size " + columns + "x" + rows
                    + " is out of range; columns and rows must be 1 to " + MAX_DIMENSION);
        }
    }

    public String name() {
        return name;
    }

    public List<String> argv() {
        return argv;
    }

    public Path cwd() {
        return cwd;
    }

    public Map<String, String> env() {
        return env;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }
}
