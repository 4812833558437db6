package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Show whether the agent runs, with its pid, socket, uptime, sessions, clients and memory.")
final class AgentStatusCommand implements Callable<Integer> {
    /** Exit status when no agent runs, as service managers report it. */
    static final int NOT_RUNNING = 3;

    @Option(names = "--json", description = "Print the status as a JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException, ProtocolException {
        Optional<AgentClient> running = new AgentLauncher(Agent.home()).connectIfRunning();
        if (running.isEmpty()) {
            if (json) {
                System.out.println(Json.MAPPER.writeValueAsString(Json.object().put("running", false)
                        .put("home", Agent.home().dir().toString())));
            } else {
                System.out.println("agent not running (home " + Agent.home() + ")");
            }
            return NOT_RUNNING;
        }
        try (AgentClient client = running.get()) {
            JsonNode s = client.call(Methods.AGENT_STATUS, null);
            if (json) {
                System.out.println(Json.MAPPER.writeValueAsString(((com.fasterxml.jackson.databind.node.ObjectNode) s)
                        .put("running", true)));
            } else {
                System.out.printf("agent running: pid %d, version %s, up %ds%n", s.path("pid").asLong(),
                        s.path("version").asText(), s.path("uptime").asLong());
                System.out.printf("socket   %s%n", s.path("socket").asText());
                System.out.printf("sessions %d, clients %d, memory %.1f MB%n", s.path("sessions").asInt(),
                        s.path("clients").asInt(), s.path("rss").asLong() / 1e6);
                System.out.printf("log      %s%n", s.path("log").asText());
                JsonNode store = s.path("store");
                if (store.path("enabled").asBoolean()) {
                    System.out.printf("store    %s (%d restorable)%n", store.path("file").asText(), s.path("restorable").asInt());
                } else {
                    System.out.println("store    off: sessions will not survive this agent");
                }
                if (store.has("warning")) {
                    System.out.println("WARNING  " + store.path("warning").asText());
                }
                if (store.has("note")) {
                    System.out.println("NOTE     " + store.path("note").asText());
                }
            }
        }
        return 0;
    }
}
