package dev.linger.app.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.store.StoreSettings;

import java.io.IOException;

/**
 * The agent's settings the app shows as its own preferences: the agent owns them (one value for
 * the app, the CLI and every session), the app reads and sets them. Every call blocks: use them
 * off the event thread.
 */
public final class AgentSettings {
    private final AgentConnection connection;

    public AgentSettings(AgentConnection connection) {
        this.connection = connection;
    }

    /** Lines of scrollback each session keeps. */
    public int scrollbackLines() throws IOException, ProtocolException {
        return scrollbackOf(connection.call(Methods.AGENT_CONFIG, null));
    }

    /** Sets the scrollback of every session, open panes included; returns the value now in force. */
    public int setScrollbackLines(int lines) throws IOException, ProtocolException {
        return scrollbackOf(connection.call(Methods.AGENT_CONFIG, Json.object()
                .put("key", StoreSettings.SCROLLBACK).put("value", Integer.toString(lines))));
    }

    private static int scrollbackOf(JsonNode settings) throws ProtocolException {
        JsonNode v = settings.get(StoreSettings.SCROLLBACK);
        if (v == null || !v.asText().matches("\\d+")) {
            throw new ProtocolException(ErrorCode.INTERNAL,
                    "the agent did not say its scrollback setting (got " + settings + ")");
        }
        return Integer.parseInt(v.asText());
    }
}
