package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.Version;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.session.ProcessInspector;
import dev.linger.agent.session.Session;
import dev.linger.agent.session.SessionException;
import dev.linger.agent.session.SessionRegistry;
import dev.linger.agent.session.SessionSpec;
import dev.linger.agent.session.ShellResolver;
import dev.linger.agent.store.StoredSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serves each protocol method against the session registry. */
final class RequestHandler {
    /** Returned by methods that send their own response (attach, whose response precedes its snapshot). */
    static final JsonNode SENT = Json.object();

    private final AgentServer server;
    private final SessionRegistry registry;
    private final Instant started = Instant.now();

    RequestHandler(AgentServer server, SessionRegistry registry) {
        this.server = server;
        this.registry = registry;
    }

    JsonNode handle(ClientConnection conn, JsonNode id, String method, Params p) throws ProtocolException {
        try {
            return serve(conn, id, method, p);
        } catch (SessionException e) {
            throw SessionErrors.toProtocol(e);
        }
    }

    private JsonNode serve(ClientConnection conn, JsonNode id, String method, Params p)
            throws ProtocolException, SessionException {
        switch (method) {
            case Methods.HELLO:
                return hello(p);
            case Methods.AGENT_STATUS:
                return status();
            case Methods.AGENT_STOP:
                server.stopSoon();
                return Json.object().put("stopping", true);
            case Methods.SESSION_CREATE:
                return registry.create(spec(p)).info().toJson();
            case Methods.SESSION_LIST:
                return list();
            case Methods.SESSION_RENAME: {
                Session s = registry.find(p.string("session"));
                registry.rename(s, p.string("name"));
                return s.info().toJson();
            }
            case Methods.SESSION_KILL: {
                Session s = registry.find(p.string("session"));
                registry.kill(s);
                return Json.object().put("killed", s.id());
            }
            case Methods.SESSION_RESIZE: {
                Session s = registry.find(p.string("session"));
                s.resize(p.integer("cols"), p.integer("rows"), conn.subscriberFor(s, p.optInt("channel", -1)));
                return Json.object().put("cols", s.columns()).put("rows", s.rows());
            }
            case Methods.SESSION_INPUT: {
                Session s = registry.find(p.string("session"));
                s.input(p.string("data").getBytes(StandardCharsets.UTF_8), null);
                return Json.object();
            }
            case Methods.SESSION_CAPTURE:
                return capture(p);
            case Methods.SESSION_ATTACH:
                return attach(conn, id, p);
            case Methods.SESSION_RESTORE:
                return restore(p);
            case Methods.SESSION_FORGET:
                registry.forget(p.string("session"));
                return Json.object();
            case Methods.AGENT_CONFIG:
                if (p.has("key")) {
                    registry.configure(p.string("key"), p.string("value"));
                }
                ObjectNode settings = Json.object();
                registry.settings().forEach(settings::put);
                return settings;
            case Methods.SESSION_DETACH:
                conn.detach(p.integer("channel"));
                return Json.object();
            default:
                throw new ProtocolException(ErrorCode.METHOD_NOT_FOUND, "unknown method '" + method + "'");
        }
    }

    static ObjectNode hello(Params p) throws ProtocolException {
        int protocol = p.integer("protocol");
        if (protocol != Version.PROTOCOL) {
            throw new ProtocolException(ErrorCode.VERSION_MISMATCH, "protocol version mismatch: the client speaks "
                    + protocol + ", this agent (" + Version.RELEASE + ") speaks " + Version.PROTOCOL
                    + "; stop the agent (`linger agent stop`) and use matching versions");
        }
        return Json.object().put("protocol", Version.PROTOCOL).put("version", Version.RELEASE)
                .put("pid", ProcessHandle.current().pid());
    }

    private ObjectNode status() {
        ObjectNode n = Json.object();
        n.put("pid", ProcessHandle.current().pid());
        n.put("version", Version.RELEASE);
        n.put("protocol", Version.PROTOCOL);
        n.put("home", server.home().dir().toString());
        n.put("socket", server.home().socket().toString());
        n.put("started", started.toString());
        n.put("uptime", Duration.between(started, Instant.now()).toSeconds());
        n.put("sessions", registry.size());
        n.put("clients", server.connectionCount());
        n.put("rss", ProcessInspector.selfRss());
        n.put("log", server.home().agentLog().toString());
        n.put("restorable", registry.restorable().size());
        ObjectNode store = n.putObject("store");
        registry.persister().ifPresentOrElse(ps -> {
            store.put("enabled", true).put("file", server.home().agentDb().toString());
            if (ps.savedAsOf() != null) {
                store.put("savedAsOf", ps.savedAsOf().toString());
            }
            if (ps.warning() != null) {
                store.put("warning", ps.warning());
            }
            if (ps.openNote() != null) {
                store.put("note", ps.openNote());
            }
        }, () -> store.put("enabled", false));
        return n;
    }

    private ArrayNode list() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Session s : registry.list()) {
            out.add(s.info().toJson());
        }
        for (StoredSession saved : registry.restorable()) {
            out.add(saved.restorableInfo().toJson());
        }
        return out;
    }

    private JsonNode restore(Params p) throws ProtocolException, SessionException {
        ArrayNode restored = Json.MAPPER.createArrayNode();
        if (p.optBool("all", false)) {
            for (StoredSession saved : registry.restorable()) {
                restored.add(registry.restore(saved.id).info().toJson());
            }
        } else {
            restored.add(registry.restore(p.string("session")).info().toJson());
        }
        return Json.object().set("restored", restored);
    }

    private ObjectNode capture(Params p) throws ProtocolException, SessionException {
        String ref = p.string("session");
        Session s;
        try {
            s = registry.find(ref);
        } catch (SessionException e) {
            if (e.reason() != SessionException.Reason.ENDED) {
                throw e;
            }
            StoredSession saved = registry.findRestorable(ref);
            ObjectNode n = Json.object();
            ArrayNode arr = n.putArray("lines");
            registry.captureRestorable(saved, p.optBool("history", false), p.optBool("ansi", false)).forEach(arr::add);
            return n.put("cols", saved.columns).put("rows", saved.rows);
        }
        List<String> lines = s.capture(p.optBool("history", false), p.optBool("ansi", false));
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("lines");
        lines.forEach(arr::add);
        n.put("cols", s.columns()).put("rows", s.rows());
        return n;
    }

    private JsonNode attach(ClientConnection conn, JsonNode id, Params p) throws ProtocolException, SessionException {
        Session s = registry.find(p.string("session"));
        int cols = p.optInt("cols", 0);
        int rows = p.optInt("rows", 0);
        if (cols != 0 || rows != 0) {
            SessionSpec.checkSize(cols, rows);
        }
        // The scrollback limit rides with the response, ahead of the snapshot: the client sizes
        // its store before it loads the session's lines.
        conn.attach(s, cols, rows, channel -> Json.frame(Json.result(id, s.info().toJson().put("channel", channel)
                .put("scrollback", s.scrollbackLines()))));
        return SENT;
    }

    private static SessionSpec spec(Params p) throws ProtocolException, SessionException {
        List<String> argv = new ArrayList<>();
        JsonNode a = p.raw("argv");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter 'argv' must be an array of strings");
            }
            for (JsonNode v : a) {
                if (!v.isTextual()) {
                    throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter 'argv' must be an array of strings");
                }
                argv.add(v.asText());
            }
        }
        if (argv.isEmpty()) {
            argv = ShellResolver.loginShell();
        }
        String cwdText = p.optString("cwd", System.getProperty("user.home"));
        Path cwd = Paths.get(cwdText).toAbsolutePath().normalize();
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode e = p.raw("env");
        if (e != null && !e.isNull()) {
            if (!e.isObject()) {
                throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter 'env' must be an object of NAME: value");
            }
            Iterator<Map.Entry<String, JsonNode>> it = e.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> kv = it.next();
                if (!kv.getValue().isTextual()) {
                    throw new ProtocolException(ErrorCode.INVALID_PARAMS, "environment value of '" + kv.getKey() + "' must be a string");
                }
                env.put(kv.getKey(), kv.getValue().asText());
            }
        }
        return new SessionSpec(p.optString("name", null), argv, cwd, env,
                p.optInt("cols", SessionSpec.DEFAULT_COLUMNS), p.optInt("rows", SessionSpec.DEFAULT_ROWS));
    }
}
