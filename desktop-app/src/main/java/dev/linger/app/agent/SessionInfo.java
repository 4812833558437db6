package dev.linger.app.agent;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One session as the agent lists it ({@code session.list}, {@code session.create}, attach). */
public record SessionInfo(String id, String name, String state, Integer exitCode, String cwd, int cols, int rows,
                          String title, Instant created, Instant lastAttached, Instant lastActivity, int clients,
                          List<String> argv, String foreground, Instant savedAt) {

    public static final String RUNNING = "running";
    public static final String EXITED = "exited";
    public static final String RESTORABLE = "restorable";

    public static SessionInfo of(JsonNode n) {
        List<String> argv = new ArrayList<>();
        n.path("argv").forEach(a -> argv.add(a.asText()));
        return new SessionInfo(n.path("id").asText(), n.path("name").asText(), n.path("state").asText(),
                n.path("exitCode").isIntegralNumber() ? n.path("exitCode").asInt() : null,
                text(n, "cwd"), n.path("cols").asInt(80), n.path("rows").asInt(24), text(n, "title"),
                instant(n, "created"), instant(n, "lastAttached"), instant(n, "lastActivity"),
                n.path("clients").asInt(), List.copyOf(argv), text(n, "foreground"), instant(n, "savedAt"));
    }

    public boolean running() {
        return RUNNING.equals(state);
    }

    public boolean exited() {
        return EXITED.equals(state);
    }

    public boolean restorable() {
        return RESTORABLE.equals(state);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
