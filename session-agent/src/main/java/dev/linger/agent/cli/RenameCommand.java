package dev.linger.agent.cli;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "rename", description = "Rename a session.")
final class RenameCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Parameters(index = "1", paramLabel = "NEW", description = "New name: 1 to 64 printable characters.")
    String newName;

    @Override
    public Integer call() throws IOException, ProtocolException {
        try (AgentClient client = Agent.connect()) {
            client.call(Methods.SESSION_RENAME, Json.object().put("session", session).put("name", newName));
        }
        return 0;
    }
}
