package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "Bring back sessions whose process ended (agent stopped or crashed, machine rebooted): "
        + "a new shell in the saved directory, the old scrollback above a marker.")
final class RestoreCommand implements Callable<Integer> {
    static final class Target {
        @Parameters(paramLabel = "SESSION", description = "Session name or id.")
        String session;

        @Option(names = "--all", description = "Restore every restorable session.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Target target;

    @Override
    public Integer call() throws IOException, ProtocolException {
        try (AgentClient client = Agent.connect()) {
            JsonNode result = client.call(Methods.SESSION_RESTORE, target.all ? Json.object().put("all", true)
                    : Json.object().put("session", target.session));
            JsonNode restored = result.path("restored");
            if (restored.isEmpty()) {
                System.out.println("nothing to restore");
            }
            for (JsonNode n : restored) {
                SessionInfo s = SessionInfo.of(n);
                System.out.println("restored " + s.name() + " (" + s.id() + ") in " + s.cwd());
            }
        }
        return 0;
    }
}
