package dev.linger.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One session as the protocol describes it: a live one ({@code session.list}, {@code create},
 * {@code rename}, {@code attach}, {@code restore}) or a restorable one (no process, {@code savedAt}
 * set). The agent builds it from its sessions, the CLI and the app read it back; this is the one
 * place its JSON form is written and read, so the wire fields (and {@code ls --json}) stay as
 * they were: {@code pid}, {@code exitCode} and {@code lastAttached} are always present (null when
 * unknown), {@code foreground} and {@code savedAt} only when known.
 */
public record SessionInfo(String id, String name, Long pid, String state, Integer exitCode, String cwd, int cols, int rows,
                          String title, Instant created, Instant lastAttached, Instant lastActivity, int clients,
                          List<String> argv, String foreground, Instant savedAt) {

    public static final String RUNNING = "running";
    public static final String EXITED = "exited";
    public static final String RESTORABLE = "restorable";

    public SessionInfo {
        argv = argv == null ? List.of() : List.copyOf(argv);
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

    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("name", name);
        n.put("pid", pid);
        n.put("state", state);
        n.put("exitCode", exitCode);
        n.put("cwd", cwd);
        n.put("cols", cols);
        n.put("rows", rows);
        n.put("title", title);
        n.put("created", text(created));
        n.put("lastAttached", text(lastAttached));
        n.put("lastActivity", text(lastActivity));
        n.put("clients", clients);
        ArrayNode a = n.putArray("argv");
        argv.forEach(a::add);
        if (foreground != null) {
            n.put("foreground", foreground);
        }
        if (savedAt != null) {
            n.put("savedAt", savedAt.toString());
        }
        return n;
    }

    /** Reads what {@link #toJson} wrote; missing or unreadable fields become null (sizes 80x24). */
    public static SessionInfo of(JsonNode n) {
        List<String> argv = new ArrayList<>();
        n.path("argv").forEach(a -> argv.add(a.asText()));
        return new SessionInfo(n.path("id").asText(), n.path("name").asText(),
                n.path("pid").isIntegralNumber() ? n.path("pid").asLong() : null, n.path("state").asText(),
                n.path("exitCode").isIntegralNumber() ? n.path("exitCode").asInt() : null,
                text(n, "cwd"), n.path("cols").asInt(80), n.path("rows").asInt(24), text(n, "title"),
                instant(n, "created"), instant(n, "lastAttached"), instant(n, "lastActivity"),
                n.path("clients").asInt(), argv, text(n, "foreground"), instant(n, "savedAt"));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
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
