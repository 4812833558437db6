package dev.linger.agent.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions in a real agent, with real shells, seen through the protocol. */
class SessionBehaviourTest {
    private static AgentHarness agent;

    @BeforeAll
    static void start() throws Exception {
        agent = AgentHarness.start();
    }

    @AfterAll
    static void stop() throws Exception {
        agent.close();
    }

    @Test
    void severalClientsShareOneShellAndTheLastActiveSizeWins() throws Exception {
        String id = agent.shell("shared").path("id").asText();
        try (AgentClient a = agent.newClient(); AgentClient b = agent.newClient()) {
            MirrorTerminal ma = new MirrorTerminal(1000);
            MirrorTerminal mb = new MirrorTerminal(1000);
            int cha = a.attach(id, 100, 30, ma).path("channel").asInt();
            int chb = b.attach(id, 90, 20, mb).path("channel").asInt();
            a.write(cha, "echo from-a\r".getBytes(StandardCharsets.UTF_8));
            assertThat(mb.await(e -> e.screenLines().stream().anyMatch(l -> l.equals("from-a")), 10_000)).isTrue();
            b.write(chb, "stty size\r".getBytes(StandardCharsets.UTF_8));
            assertThat(ma.await(e -> e.screenLines().contains("20 90"), 10_000)).as(ma.engine().screenLines().toString()).isTrue();
            a.write(cha, "stty size\r".getBytes(StandardCharsets.UTF_8));
            assertThat(mb.await(e -> e.screenLines().contains("30 100"), 10_000)).as(mb.engine().screenLines().toString()).isTrue();
            assertThat(ma.await(e -> e.columns() == 100 && e.rows() == 30, 5_000)).isTrue();
            assertThat(agent.info(id).path("clients").asInt()).isEqualTo(2);
        }
        awaitClients(id, 0);
    }

    @Test
    void aClientKilledMidStreamLeavesTheSessionAndOtherClientsAlone() throws Exception {
        String id = agent.shell("stream").path("id").asText();
        try (AgentClient watcher = agent.newClient()) {
            MirrorTerminal mirror = new MirrorTerminal(100);
            watcher.attach(id, 0, 0, mirror);
            // Another JVM attached through the real CLI, killed -9 while output pours.
            Process victim = agent.cliProcess("wait", id, "--for", "never-printed", "--timeout", "60")
                    .redirectErrorStream(true).start();
            awaitClients(id, 2);
            agent.type(id, "for i in $(seq 1 30000); do echo line-$i; done; echo stream-done\r");
            Thread.sleep(200);
            victim.destroyForcibly();
            victim.waitFor(10, TimeUnit.SECONDS);
            assertThat(mirror.await(e -> e.screenLines().contains("stream-done"), 60_000)).isTrue();
            agent.awaitText(id, "stream-done");
            awaitClients(id, 1);
            agent.type(id, "echo still-here\r");
            assertThat(mirror.await(e -> e.screenLines().contains("still-here"), 10_000)).isTrue();
        }
    }

    @Test
    void queriesAreAnsweredWhileNoClientIsAttached() throws Exception {
        String id = agent.shell("queries").path("id").asText();
        agent.awaitText(id, "$");
        // The program asks for the cursor position and device attributes, and waits for the answers.
        agent.type(id, "printf '\\033[6n'; read -rs -d R pos; printf '\\033[c'; read -rs -d c da; echo \"pos=${pos#*[} da=${da#*[}\"\r");
        // The answer line, not the echo of the command that asks (which also holds "pos=").
        List<String> screen = agent.awaitScreen(id, lines -> lines.stream().anyMatch(l -> l.matches("pos=\\d.*")), 10_000);
        assertThat(String.join("\n", screen)).containsPattern("(?m)^pos=\\d+;\\d+ da=\\?\\d");
    }

    @Test
    void exitedSessionStaysListedWithItsCodeAndOutputUntilKilled() throws Exception {
        String id = agent.create("exits", "/bin/sh", "-c", "echo last words; exit 3").path("id").asText();
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode info = agent.info(id);
        while (!"exited".equals(info.path("state").asText()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            info = agent.info(id);
        }
        assertThat(info.path("state").asText()).isEqualTo("exited");
        assertThat(info.path("exitCode").asInt()).isEqualTo(3);
        assertThat(agent.capture(id, false)).contains("last words");
        assertThatThrownBy(() -> agent.type(id, "x")).hasMessageContaining("has exited (code 3)");
        agent.client().call(Methods.SESSION_KILL, Json.object().put("session", id));
        assertThat(agent.info(id)).isNull();
    }

    @Test
    void attachedClientIsToldWhenTheShellExits() throws Exception {
        String id = agent.shell("bye").path("id").asText();
        try (AgentClient c = agent.newClient()) {
            MirrorTerminal mirror = new MirrorTerminal(100);
            int ch = c.attach(id, 0, 0, mirror).path("channel").asInt();
            c.write(ch, "exit 7\r".getBytes(StandardCharsets.UTF_8));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!mirror.isExited() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(mirror.isExited()).isTrue();
            assertThat(mirror.exitCode()).isEqualTo(7);
        }
    }

    @Test
    void workingDirectoryAndTitleFollowTheShell() throws Exception {
        String id = agent.shell("tracker").path("id").asText();
        agent.type(id, "cd /usr/share && printf '\\033]2;my-title\\007' && echo mo''ved\r");
        agent.awaitText(id, "moved");
        JsonNode info = agent.info(id);
        assertThat(info.path("cwd").asText()).isEqualTo("/usr/share");
        assertThat(info.path("title").asText()).isEqualTo("my-title");
        agent.type(id, "sleep 30\r");
        long deadline = System.currentTimeMillis() + 5_000;
        while (!agent.info(id).has("foreground") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(agent.info(id).path("foreground").asText()).isEqualTo("sleep");
        agent.type(id, "\u0003");
    }

    @Test
    void osc7ReportedDirectoryIsUnderstood() {
        Osc7Scanner scanner = new Osc7Scanner();
        byte[] part1 = "text \u001b]7;file://host/ho".getBytes(StandardCharsets.UTF_8);
        byte[] part2 = "me/me%20too\u0007more".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(part1, 0, part1.length)).isEmpty();
        assertThat(scanner.scan(part2, 0, part2.length)).contains("/home/me too");
    }

    @Test
    void twoHundredSessionsRunSideBySide() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(agent.create("many-" + i, "/bin/cat").path("id").asText());
        }
        JsonNode list = agent.client().call(Methods.SESSION_LIST, null);
        long running = 0;
        for (JsonNode s : list) {
            if (s.path("name").asText().startsWith("many-") && "running".equals(s.path("state").asText())) {
                running++;
            }
        }
        assertThat(running).isEqualTo(200);
        agent.type(ids.get(199), "hello 199\r");
        agent.awaitText(ids.get(199), "hello 199");
        for (String id : ids) {
            agent.client().call(Methods.SESSION_KILL, Json.object().put("session", id));
        }
        assertThat(agent.client().call(Methods.SESSION_LIST, null)).noneMatch(s -> s.path("name").asText().startsWith("many-"));
    }

    private static void awaitClients(String id, int n) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (agent.info(id).path("clients").asInt() != n) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("clients of " + id + " stayed " + agent.info(id).path("clients").asInt() + ", expected " + n);
            }
            Thread.sleep(20);
        }
    }


}
