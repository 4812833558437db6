package dev.linger.agent.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.session.SessionEvent;

/** A session's events as protocol events on an attached channel: the one place their JSON is written. */
final class SessionEvents {
    private SessionEvents() {
    }

    static ObjectNode toJson(int channel, String session, SessionEvent event) {
        ObjectNode params = Json.object().put("channel", channel).put("session", session);
        String method;
        if (event instanceof SessionEvent.Renamed e) {
            method = Methods.EVENT_RENAMED;
            params.put("name", e.name());
        } else if (event instanceof SessionEvent.Resized e) {
            method = Methods.EVENT_RESIZED;
            params.put("cols", e.columns()).put("rows", e.rows());
        } else if (event instanceof SessionEvent.Exited e) {
            method = Methods.EVENT_EXITED;
            params.put("exitCode", e.exitCode());
        } else if (event instanceof SessionEvent.ScrollbackLimit e) {
            method = Methods.EVENT_SCROLLBACK;
            params.put("lines", e.lines());
        } else if (event instanceof SessionEvent.Closed) {
            method = Methods.EVENT_CLOSED;
        } else if (event instanceof SessionEvent.Shutdown) {
            method = Methods.EVENT_SHUTDOWN;
        } else {
            throw new IllegalArgumentException("no protocol event for " + event);
        }
        return Json.event(method, params);
    }
}
