package dev.linger.agent.cli;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "send", description = "Type text into a session, as if from its keyboard.")
final class SendCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Parameters(index = "1..*", paramLabel = "TEXT", description = "Text to type; several are joined with spaces.")
    List<String> text = new ArrayList<>();

    @Option(names = "--enter", description = "Press Enter after the text.")
    boolean enter;

    @Option(names = "-e", description = "Interpret escapes: \\n \\r \\t \\e \\0 \\\\ \\xHH (\\x03 is Ctrl-C).")
    boolean escapes;

    @Override
    public Integer call() throws IOException, ProtocolException {
        String data = String.join(" ", text);
        if (escapes) {
            data = Escapes.decode(data);
        }
        if (enter) {
            data += "\r";
        }
        try (AgentClient client = Agent.connect()) {
            client.call(Methods.SESSION_INPUT, Json.object().put("session", session).put("data", data));
        }
        return 0;
    }
}
