package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness.CliResult;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class AgentLifecycleTest {
    private Path home;

    @BeforeEach
    void newHome() throws Exception {
        home = AgentHarness.newHome();
    }

    @AfterEach
    void stopAgent() throws Exception {
        CliResult r = AgentHarness.runCli(home, "agent", "stop");
        assertThat(r.exit).as(r.toString()).isZero();
        AgentHarness.deleteTree(home);
    }

    @Test
    void startStatusStopThroughTheCli() throws Exception {
        CliResult started = AgentHarness.runCli(home, "agent", "start");
        assertThat(started.exit).as(started.toString()).isZero();
        assertThat(started.out).contains("agent started");

        CliResult status = AgentHarness.runCli(home, "agent", "status", "--json");
        assertThat(status.exit).as(status.toString()).isZero();
        JsonNode s = Json.MAPPER.readTree(status.out);
        for (String field : List.of("pid", "version", "socket", "uptime", "sessions", "clients", "rss")) {
            assertThat(s.has(field)).as("status has " + field + ": " + status.out).isTrue();
        }
        assertThat(s.path("socket").asText()).isEqualTo(home.resolve("agent.sock").toString());
        assertThat(s.path("rss").asLong()).isPositive();

        CliResult again = AgentHarness.runCli(home, "agent", "start");
        assertThat(again.out).contains("already running").contains(Long.toString(s.path("pid").asLong()));

        CliResult stopped = AgentHarness.runCli(home, "agent", "stop");
        assertThat(stopped.exit).isZero();
        assertThat(stopped.out).contains("agent stopped");
        assertThat(ProcessHandle.of(s.path("pid").asLong()).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        CliResult down = AgentHarness.runCli(home, "agent", "status");
        assertThat(down.exit).isEqualTo(3);
        assertThat(down.out).contains("not running");
    }

    @Test
    void homeIsPrivateAndSocketIsOwnerOnly() throws Exception {
        AgentHarness.runCli(home, "agent", "start");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("agent.sock")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs/agent.log")))).isEqualTo("rw-------");
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = SkipReasons.PROC)
    void agentOutlivesItsStarterEvenKilledAndSurvivesHangup() throws Exception {
        // A starter killed with -9 right after it launched the agent, as when a terminal dies.
        Process starter = AgentHarness.cliProcess(home, "new", "--name", "kept", "--", "/bin/sh")
                .redirectErrorStream(true).start();
        assertThat(starter.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long agentPid = PidLock.holderPid(new LingerHome(home).lockFile()).orElseThrow();
        starter.destroyForcibly();

        ProcessHandle agent = ProcessHandle.of(agentPid).orElseThrow();
        new ProcessBuilder("kill", "-HUP", Long.toString(agentPid)).start().waitFor();
        // Time itself is under test: nothing signals that a process did not die, so the agent is
        // given the time a hangup takes to kill a process that does not ignore it, then looked at.
        Thread.sleep(300);
        assertThat(agent.isAlive()).isTrue();
        // Its own process session: not in the group of whoever started it.
        String sid = Files.readString(Path.of("/proc/" + agentPid + "/stat"));
        String[] f = sid.substring(sid.lastIndexOf(')') + 2).split(" ");
        assertThat(Long.parseLong(f[3])).as("session id of the agent").isEqualTo(agentPid);

        CliResult ls = AgentHarness.runCli(home, "ls");
        assertThat(ls.out).contains("kept");
    }

    @Test
    void staleSocketAndLockOfAKilledAgentAreReplaced() throws Exception {
        AgentHarness.runCli(home, "agent", "start");
        long first = PidLock.holderPid(new LingerHome(home).lockFile()).orElseThrow();
        new ProcessBuilder("kill", "-9", Long.toString(first)).start().waitFor();
        ProcessHandle.of(first).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(home.resolve("agent.sock")).exists();

        CliResult ls = AgentHarness.runCli(home, "ls");
        assertThat(ls.exit).as(ls.toString()).isZero();
        long second = PidLock.holderPid(new LingerHome(home).lockFile()).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        // The killed agent's log is still there for whoever looks into its death, the new one's after it.
        String log = Files.readString(new LingerHome(home).agentLog());
        assertThat(log).contains("agent " + first + " listening");
        assertThat(log.indexOf("agent " + first + " listening")).isLessThan(log.indexOf("agent " + second + " listening"));
        assertThat(ls.err).as("a CLI command prints no log lines").isEmpty();
        try (var files = Files.list(home.resolve("logs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the CLI writes no log of its own")
                    .containsExactlyInAnyOrder("agent.log", "agent.out");
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = SkipReasons.PROC)
    void racingStartersMakeExactlyOneAgent() throws Exception {
        List<CompletableFuture<CliResult>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return AgentHarness.runCli(home, "agent", "start");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        Set<String> pids = new HashSet<>();
        for (CompletableFuture<CliResult> run : runs) {
            CliResult r = run.get(90, TimeUnit.SECONDS);
            assertThat(r.exit).as(r.toString()).isZero();
            pids.add(r.out.replaceAll("(?s).*\\(pid (\\d+).*", "$1"));
        }
        assertThat(pids).hasSize(1);
        long agents = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("agent run")).orElse(false))
                .filter(p -> environmentHome(p.pid()).equals(home.toString()))
                .count();
        assertThat(agents).isEqualTo(1);
    }

    @Test
    void gracefulStopLeavesNoShellRunning() throws Exception {
        AgentClient client = new dev.linger.agent.client.AgentLauncher(new LingerHome(home)).connectOrStart();
        List<Long> shells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode info = client.call(Methods.SESSION_CREATE, Json.object().put("cwd", home.toString()));
            shells.add(info.path("pid").asLong());
        }
        // A shell that ignores nothing and a program that holds on: both must end.
        client.call(Methods.SESSION_INPUT, Json.object().put("session", client.call(Methods.SESSION_LIST, null).get(0).path("id").asText())
                .put("data", "sleep 1000\r"));
        client.close();
        CliResult stop = AgentHarness.runCli(home, "agent", "stop");
        assertThat(stop.out).contains("3 sessions");
        for (long pid : shells) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("shell " + pid).isFalse();
        }
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("sleep 1000"))
                .filter(p -> environmentHome(p.pid()).equals(home.toString())).count()).isZero();
    }

    private static String environmentHome(long pid) {
        try {
            String env = Files.readString(Path.of("/proc/" + pid + "/environ"));
            for (String kv : env.split("\0")) {
                if (kv.startsWith("LINGER_HOME=")) {
                    return kv.substring("LINGER_HOME=".length());
                }
            }
        } catch (Exception e) {
            return "";
        }
        return "";
    }
}
