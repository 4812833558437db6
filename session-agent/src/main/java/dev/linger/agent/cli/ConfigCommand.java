package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "config", description = "Show or change the agent's settings: scrollback (N lines each session keeps, "
        + "applied to running sessions at once), persist-scrollback (on|off|N: how much of it is saved to agent.db), ttl-days (N).")
final class ConfigCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "scrollback, persist-scrollback or ttl-days.")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "New value.")
    String value;

    @Override
    public Integer call() throws IOException, ProtocolException {
        ObjectNode params = Json.object();
        if (key != null) {
            if (value == null) {
                throw new IllegalArgumentException("give a value for " + key);
            }
            params.put("key", key).put("value", value);
        }
        try (AgentClient client = Agent.connect()) {
            JsonNode settings = client.call(Methods.AGENT_CONFIG, params);
            Iterator<Map.Entry<String, JsonNode>> it = settings.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                System.out.println(e.getKey() + " = " + e.getValue().asText());
            }
        }
        return 0;
    }
}
