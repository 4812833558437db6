package dev.linger.app.agent;

import java.util.List;
import java.util.Map;

/**
 * What to start: a command (empty: the user's login shell, as the agent resolves it), where,
 * under which name (null: the agent picks one), with which extra variables and grid.
 */
public record NewSession(List<String> argv, String cwd, String name, Map<String, String> env, int cols, int rows) {
    public NewSession {
        argv = argv == null ? List.of() : List.copyOf(argv);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    public NewSession withName(String newName) {
        return new NewSession(argv, cwd, newName, env, cols, rows);
    }
}
