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

@Command(name = "stop", description = "Stop the agent gracefully: every shell it holds is hung up and ends; "
        + "the sessions are saved and become restorable.")
final class AgentStopCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException, ProtocolException, InterruptedException {
        Optional<AgentClient> running = new AgentLauncher(Agent.home()).connectIfRunning();
        if (running.isEmpty()) {
            System.out.println("no agent is running for " + Agent.home());
            return 0;
        }
        try (AgentClient client = running.get()) {
            JsonNode status = client.call(Methods.AGENT_STATUS, null);
            long pid = status.path("pid").asLong();
            int sessions = status.path("sessions").asInt();
            client.call(Methods.AGENT_STOP, null);
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            long deadline = System.currentTimeMillis() + 15_000;
            while (process.isPresent() && process.get().isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            if (process.isPresent() && process.get().isAlive()) {
                System.err.println("linger: the agent (pid " + pid + ") is still stopping; see " + Agent.home().agentLog());
                return 1;
            }
            boolean saved = status.path("store").path("enabled").asBoolean(false);
            System.out.println("agent stopped (pid " + pid + "); the shells of its " + sessions
                    + (sessions == 1 ? " session have" : " sessions have") + " ended"
                    + (saved ? "; the sessions are saved and restorable: `linger restore --all`" : ""));
        }
        return 0;
    }
}
