package dev.linger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;

import java.util.ArrayList;
import java.util.List;

/** The Linger agent for the {@code vte} benchmark: sessions created and read through the agent's protocol. */
final class LingerVte implements VteSystem {
    private final LingerAgent agent;

    LingerVte(LingerAgent agent) {
        this.agent = agent;
    }

    @Override
    public String name() {
        return "Linger";
    }

    @Override
    public long serverPid() {
        return agent.pid();
    }

    @Override
    public String start(String script) throws Exception {
        return agent.create(List.of("sh", "-c", script));
    }

    @Override
    public AutoCloseable attach(String session) throws Exception {
        int channel = agent.attach(session, new StreamWatch());
        return () -> agent.client().detach(channel);
    }

    /** What {@code linger capture} prints: session.capture of the screen. */
    @Override
    public List<String> screen(String session) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : agent.client().call(Methods.SESSION_CAPTURE, Json.object().put("session", session)).path("lines")) {
            lines.add(line.asText());
        }
        return lines;
    }

    /** A capture first parses whatever the agent has read but not yet parsed: the screen holds it when the capture returns. */
    @Override
    public long shownAt(long captureStart, long captureEnd) {
        return captureEnd;
    }

    @Override
    public void kill(String session) throws Exception {
        agent.kill(session);
    }
}
