package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Start a session (the login shell, or CMD) and print its id.")
final class NewCommand implements Callable<Integer> {
    @Option(names = "--name", paramLabel = "N", description = "Session name (default: the next free number).")
    String name;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Working directory (default: the current one).")
    String cwd;

    @Option(names = "--env", paramLabel = "K=V", description = "Set an environment variable (repeatable).")
    List<String> env = new ArrayList<>();

    @Option(names = "--size", paramLabel = "COLSxROWS", description = "Terminal size (default 80x24).")
    String size;

    @Parameters(paramLabel = "CMD", description = "Command and arguments, after --.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException, ProtocolException {
        ObjectNode params = Json.object();
        if (name != null) {
            params.put("name", name);
        }
        params.put("cwd", Paths.get(cwd != null ? cwd : System.getProperty("user.dir")).toAbsolutePath().toString());
        ObjectNode envNode = params.putObject("env");
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--env " + kv + ": expected NAME=VALUE");
            }
            envNode.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        if (size != null) {
            int[] cr = parseSize(size);
            params.put("cols", cr[0]).put("rows", cr[1]);
        }
        if (!command.isEmpty()) {
            command.forEach(params.putArray("argv")::add);
        }
        try (AgentClient client = Agent.connect()) {
            JsonNode info = client.call(Methods.SESSION_CREATE, params);
            System.out.println(info.path("id").asText());
        }
        return 0;
    }

    static int[] parseSize(String size) {
        String[] parts = size.toLowerCase().split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size " + size + ": expected COLSxROWS, e.g. 120x40");
    }
}
