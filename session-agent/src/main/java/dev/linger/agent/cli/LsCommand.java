package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ls", description = "List sessions.")
final class LsCommand implements Callable<Integer> {
    /** The fields of {@code ls --json}, a contract for scripts. */
    static final List<String> JSON_FIELDS = List.of("id", "name", "pid", "state", "exitCode", "cwd", "cols", "rows",
            "title", "created", "lastAttached", "clients");

    @Option(names = "--json", description = "Print a JSON array of {id, name, pid, state, exitCode, cwd, cols, rows, title, created, lastAttached, clients}.")
    boolean json;

    @Override
    public Integer call() throws IOException, ProtocolException {
        try (AgentClient client = Agent.connect()) {
            JsonNode sessions = client.call(Methods.SESSION_LIST, null);
            if (json) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (JsonNode s : sessions) {
                    ObjectNode o = out.addObject();
                    for (String f : JSON_FIELDS) {
                        o.set(f, s.get(f));
                    }
                }
                System.out.println(Json.MAPPER.writeValueAsString(out));
                return 0;
            }
            if (sessions.isEmpty()) {
                System.out.println("no sessions (start one with `linger new`)");
                return 0;
            }
            String format = "%-8s %-16s %-8s %-8s %-8s %-7s %s%n";
            System.out.printf(format, "ID", "NAME", "STATE", "PID", "SIZE", "CLIENTS", "CWD");
            for (JsonNode s : sessions) {
                String state = s.path("state").asText();
                if ("exited".equals(state) && !s.path("exitCode").isNull()) {
                    state = "exit " + s.path("exitCode").asInt();
                }
                String pid = s.path("pid").isNull() ? "-" : Long.toString(s.path("pid").asLong());
                System.out.printf(format, s.path("id").asText(), s.path("name").asText(), state, pid,
                        s.path("cols").asInt() + "x" + s.path("rows").asInt(), s.path("clients").asInt(), s.path("cwd").asText());
            }
        }
        return 0;
    }
}
