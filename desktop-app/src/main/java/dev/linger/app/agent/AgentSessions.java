package dev.linger.app.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session methods of the protocol, typed, on one connection (each connection has its own:
 * {@link AgentConnection#sessions()}). Every call blocks: use them off the event thread.
 */
public final class AgentSessions {
    private final AgentConnection connection;

    AgentSessions(AgentConnection connection) {
        this.connection = connection;
    }

    public List<SessionInfo> list() throws IOException, ProtocolException {
        List<SessionInfo> out = new ArrayList<>();
        for (JsonNode n : connection.call(Methods.SESSION_LIST, null)) {
            out.add(SessionInfo.of(n));
        }
        return out;
    }

    public Optional<SessionInfo> find(String id) throws IOException, ProtocolException {
        return list().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Starts a session; when its name is taken, starts it under a name the agent picks. */
    public SessionInfo create(NewSession spec) throws IOException, ProtocolException {
        try {
            return SessionInfo.of(connection.call(Methods.SESSION_CREATE, params(spec)));
        } catch (ProtocolException e) {
            if (e.code() == ErrorCode.NAME_IN_USE && spec.name() != null) {
                return SessionInfo.of(connection.call(Methods.SESSION_CREATE, params(spec.withName(null))));
            }
            throw e;
        }
    }

    private static ObjectNode params(NewSession spec) {
        ObjectNode p = Json.object();
        if (spec.name() != null) {
            p.put("name", spec.name());
        }
        if (!spec.argv().isEmpty()) {
            ArrayNode a = p.putArray("argv");
            spec.argv().forEach(a::add);
        }
        if (spec.cwd() != null) {
            p.put("cwd", spec.cwd());
        }
        if (!spec.env().isEmpty()) {
            ObjectNode env = p.putObject("env");
            for (Map.Entry<String, String> e : spec.env().entrySet()) {
                env.put(e.getKey(), e.getValue());
            }
        }
        if (spec.cols() > 0 && spec.rows() > 0) {
            p.put("cols", spec.cols()).put("rows", spec.rows());
        }
        return p;
    }

    public void rename(String id, String name) throws IOException, ProtocolException {
        connection.call(Methods.SESSION_RENAME, Json.object().put("session", id).put("name", name));
    }

    /** Ends the shell and removes the session (a restorable one is forgotten instead). */
    public void kill(String id) throws IOException, ProtocolException {
        try {
            connection.call(Methods.SESSION_KILL, Json.object().put("session", id));
        } catch (ProtocolException e) {
            if (e.code() == ErrorCode.SESSION_EXITED) {
                forget(id);
                return;
            }
            if (e.code() != ErrorCode.UNKNOWN_SESSION) {
                throw e;
            }
        }
    }

    /** Resurrects a restorable session from agent.db: same id and name, a new shell, its past above. */
    public SessionInfo restore(String id) throws IOException, ProtocolException {
        JsonNode r = connection.call(Methods.SESSION_RESTORE, Json.object().put("session", id));
        return SessionInfo.of(r.path("restored").get(0));
    }

    public void forget(String id) throws IOException, ProtocolException {
        connection.call(Methods.SESSION_FORGET, Json.object().put("session", id));
    }

    /** The screen as text lines (trailing blank lines dropped); works on restorable sessions too. */
    public List<String> capture(String id) throws IOException, ProtocolException {
        JsonNode r = connection.call(Methods.SESSION_CAPTURE, Json.object().put("session", id));
        List<String> lines = new ArrayList<>();
        r.path("lines").forEach(l -> lines.add(l.asText()));
        return lines;
    }

    /** The last non-blank line of the screen, or "" when there is none or it cannot be read. */
    public String lastLine(String id) {
        try {
            List<String> lines = capture(id);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException | ProtocolException e) {
            return "";
        }
        return "";
    }
}
