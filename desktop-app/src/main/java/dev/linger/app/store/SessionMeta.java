package dev.linger.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The app's own copy of what a session in a pane is: enough to recreate it when the agent has
 * neither the session nor a snapshot of it (its shell, directory and name).
 */
public record SessionMeta(String id, String name, String cwd, List<String> argv, Map<String, String> env,
                          Instant lastActivity) {
    public SessionMeta {
        argv = argv == null ? List.of() : List.copyOf(argv);
        env = env == null ? Map.of() : Map.copyOf(env);
    }
}
