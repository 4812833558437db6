package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness.CliResult;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.protocol.Methods;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's parts that differ between systems, with nothing of any one system in the test:
 * the agent started the CLI's way, its socket and the peer check on it, a session in a PTY
 * (ConPTY on Windows) running the user's own login shell, the CLI, and the home's paths. It is the
 * agent test that runs on Windows, where the others need POSIX shells.
 */
class EverySystemAgentTest {
    @Test
    void theLoginShellAnswersThroughTheSocketAndTheCliSeesIt() throws Exception {
        try (AgentHarness agent = AgentHarness.start()) {
            // No argv: the login shell (cmd.exe on Windows, the user's shell with -l elsewhere).
            String id = agent.create("plain").path("id").asText();
            agent.type(id, "echo linger-ready\r");
            // The echo's output, a line of its own (the command line holds it after a prompt).
            agent.awaitScreen(id, lines -> lines.stream().anyMatch(l -> l.strip().equals("linger-ready")), 30_000);

            CliResult ls = agent.cli("ls");
            assertThat(ls.exit).as(ls.toString()).isZero();
            assertThat(ls.out).contains(id).contains("plain");

            JsonNode status = agent.client().call(Methods.AGENT_STATUS, null);
            assertThat(Path.of(status.path("log").asText())).isEqualTo(agent.home().agentLog()).exists();
            assertThat(agent.home().agentLog()).startsWith(agent.dir().resolve("logs"));
            assertThat(agent.home().socket()).exists();
        }
    }
}
