package dev.linger.agent.cli;

import dev.linger.agent.server.AgentProcess;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "run", description = "Run the agent in the foreground (for debugging); Ctrl-C stops it gracefully.")
final class AgentRunCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException, InterruptedException {
        return AgentProcess.run(Agent.home());
    }
}
