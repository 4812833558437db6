package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "capture", description = "Print a session's screen (and scrollback) as text, trailing blanks trimmed.")
final class CaptureCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Option(names = "--history", description = "Include the scrollback above the screen.")
    boolean history;

    @Option(names = "--ansi", description = "Keep colours and attributes as escape sequences.")
    boolean ansi;

    @Override
    public Integer call() throws IOException, ProtocolException {
        try (AgentClient client = Agent.connect()) {
            JsonNode result = client.call(Methods.SESSION_CAPTURE, Json.object().put("session", session)
                    .put("history", history).put("ansi", ansi));
            StringBuilder out = new StringBuilder();
            for (JsonNode line : result.path("lines")) {
                out.append(line.asText()).append('\n');
            }
            System.out.print(out);
            System.out.flush();
        }
        return 0;
    }
}
