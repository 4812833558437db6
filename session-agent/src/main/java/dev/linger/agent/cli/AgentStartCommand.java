package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "start", description = "Start the agent in the background (it outlives this terminal).")
final class AgentStartCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException, ProtocolException {
        AgentLauncher launcher = new AgentLauncher(Agent.home());
        Optional<AgentClient> running = launcher.connectIfRunning();
        boolean already = running.isPresent();
        try (AgentClient client = already ? running.get() : launcher.connectOrStart()) {
            JsonNode status = client.call(Methods.AGENT_STATUS, null);
            System.out.println((already ? "agent already running" : "agent started") + " (pid " + status.path("pid").asLong()
                    + ", socket " + status.path("socket").asText() + ")");
        }
        return 0;
    }
}
