package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
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
            List<SessionInfo> sessions = new ArrayList<>();
            client.call(Methods.SESSION_LIST, null).forEach(n -> sessions.add(SessionInfo.of(n)));
            if (json) {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (SessionInfo s : sessions) {
                    ObjectNode all = s.toJson();
                    ObjectNode o = out.addObject();
                    for (String f : JSON_FIELDS) {
                        o.set(f, all.get(f));
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
            for (SessionInfo s : sessions) {
                String state = s.exited() && s.exitCode() != null ? "exit " + s.exitCode() : s.state();
                String pid = s.pid() == null ? "-" : Long.toString(s.pid());
                System.out.printf(format, s.id(), s.name(), state, pid, s.cols() + "x" + s.rows(), s.clients(), s.cwd());
            }
        }
        return 0;
    }
}
