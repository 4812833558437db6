package dev.linger.agent.hostile;

import dev.linger.agent.AgentHarness;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program that never reads its input fills its terminal's input buffer, after which a write to
 * the PTY blocks (in non-canonical mode; a canonical line discipline discards what overflows a
 * line instead, so the tests turn it off as full-screen programs and raw readers do). Neither the terminal replies the agent owes it nor text typed into it may then
 * stall anything else: not the session's own emulator, not the client connection that serves
 * other sessions too. Each request here is timed because time is what is checked: a request
 * that waited on the blocked PTY would not come back at all.
 */
class ProgramNotReadingInputTest {
    private static final long PROMPT_MS = 5_000;

    @Test
    void typingIntoAProgramThatDoesNotReadIsRefusedClearlyAndOtherSessionsOnTheConnectionGoOn() throws Exception {
        try (AgentHarness agent = AgentHarness.start()) {
            String deaf = agent.shell("deaf").path("id").asText();
            String calm = agent.shell("calm").path("id").asText();
            agent.awaitText(deaf, "$");
            agent.awaitText(calm, "$");
            agent.type(deaf, "stty -icanon -echo; sleep 600\r");
            AgentHarness.poll(() -> agent.info(deaf).path("foreground").asText(), "sleep"::equals, 10_000,
                    f -> "sleep never started: " + f);

            String chunk = "x".repeat(64 * 1024);
            ProtocolException refused = null;
            for (int i = 0; i < 64 && refused == null; i++) {
                long start = System.nanoTime();
                try {
                    agent.type(deaf, chunk);
                } catch (ProtocolException e) {
                    refused = e;
                }
                assertThat((System.nanoTime() - start) / 1_000_000).as("input request %d", i).isLessThan(PROMPT_MS);
            }
            assertThat(refused).as("4 MB typed into a program that reads nothing").isNotNull();
            assertThat(refused.code()).isEqualTo(ErrorCode.INPUT_FULL);
            assertThat(refused.getMessage()).contains("is not reading its input").contains("try again");

            // The same connection still serves the other session at once.
            long start = System.nanoTime();
            agent.type(calm, "echo calm-$((6*7))\r");
            agent.awaitText(calm, "calm-42");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(PROMPT_MS);
            // And the refused session itself is still listed and captured.
            agent.client().call(Methods.SESSION_CAPTURE, Json.object().put("session", deaf));
        }
    }

    @Test
    void repliesToQueriesAProgramNeverReadsAreDroppedAndItsScreenStaysLive() throws Exception {
        try (AgentHarness agent = AgentHarness.start()) {
            String asker = agent.shell("asker").path("id").asText();
            agent.awaitText(asker, "$");
            // 400,000 cursor-position queries, each owed a reply the pipeline never reads; then a marker.
            agent.type(asker, "stty -icanon -echo; yes \"$(printf '\\033[6n')\" | head -n 400000; stty sane;"
                    + " echo asked-$((6*7))-done\r");
            // In the history too: the replies read after the pipeline ends are typed at the prompt.
            AgentHarness.poll(() -> agent.capture(asker, true), lines -> lines.stream().anyMatch(l -> l.contains("asked-42-done")),
                    120_000, lines -> "the pipeline never ended; last lines: " + lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            long start = System.nanoTime();
            agent.capture(asker, false);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(PROMPT_MS);
            assertThat(Files.readString(agent.home().agentLog())).contains(asker + " does not read its input");
        }
    }
}
