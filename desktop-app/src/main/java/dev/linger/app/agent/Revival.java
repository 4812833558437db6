package dev.linger.app.agent;

import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.SessionMeta;

import java.io.IOException;
import java.util.Optional;

/**
 * Brings a pane's session back, whatever the agent has of it: the live session as it is; a
 * restorable one resurrected from agent.db's snapshot; nothing at all, recreated from the app's
 * copy in desktop.db (same shell, directory and name, a new id). Blocking.
 */
public final class Revival {
    public enum How { LIVE, RESURRECTED, RECREATED }

    public record Result(SessionInfo info, How how) {
    }

    private Revival() {
    }

    public static Result revive(AgentSessions sessions, String id, SessionMeta meta, int cols, int rows)
            throws IOException, ProtocolException {
        Optional<SessionInfo> now = id == null ? Optional.empty() : sessions.find(id);
        if (now.isPresent() && !now.get().restorable()) {
            return new Result(now.get(), How.LIVE);
        }
        if (now.isPresent()) {
            return new Result(sessions.restore(id), How.RESURRECTED);
        }
        if (meta == null) {
            throw new IOException("nothing is known of session " + id + " to recreate it");
        }
        return new Result(sessions.create(new NewSession(meta.argv(), meta.cwd(), meta.name(), meta.env(), cols, rows)),
                How.RECREATED);
    }
}
