package dev.linger.agent.cli;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "forget", description = "Delete a restorable session and its saved scrollback.")
final class ForgetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Override
    public Integer call() throws IOException, ProtocolException {
        try (AgentClient client = Agent.connect()) {
            client.call(Methods.SESSION_FORGET, Json.object().put("session", session));
        }
        return 0;
    }
}
