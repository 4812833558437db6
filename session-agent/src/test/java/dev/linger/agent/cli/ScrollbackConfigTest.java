package dev.linger.agent.cli;

import dev.linger.agent.AgentHarness;
import dev.linger.agent.AgentHarness.CliResult;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.server.AgentProcess;
import dev.linger.agent.store.StoreSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code linger config scrollback}: one setting per agent, checked, stored in agent.db, and
 * applied to running sessions and their attached clients without losing a line on a grow.
 * Each test has an agent of its own: the setting is the agent's, for every session.
 */
class ScrollbackConfigTest {
    private AgentHarness agent;

    @BeforeEach
    void start() throws Exception {
        agent = AgentHarness.start();
    }

    @AfterEach
    void stop() throws Exception {
        // An agent a test started again on the home stops too, before the home goes.
        Optional<AgentClient> restarted = new AgentLauncher(agent.home()).connectIfRunning();
        if (restarted.isPresent()) {
            try (AgentClient c = restarted.get()) {
                stopKeepingHome(c);
            }
        }
        agent.close();
    }

    private CliResult ok(String... args) throws Exception {
        CliResult r = agent.cli(args);
        assertThat(r.exit).as("linger " + String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    private String failing(String... args) throws Exception {
        CliResult r = agent.cli(args);
        assertThat(r.exit).as("linger " + String.join(" ", args) + "\n" + r).isNotZero();
        return r.err;
    }

    @Test
    void badValuesGetClearErrorsAndChangeNothing() throws Exception {
        assertThat(ok("config").out).contains("scrollback = " + StoreSettings.DEFAULT_SCROLLBACK);
        assertThat(failing("config", "scrollback", "lots"))
                .contains("scrollback takes a whole number of lines from 0 to 1000000, not 'lots'");
        assertThat(failing("config", "scrollback", "2000000")).contains("from 0 to 1000000, not '2000000'");
        assertThat(failing("config", "scrollback", "12.5")).contains("not '12.5'");
        assertThat(failing("config", "scrollback")).contains("give a value for scrollback");
        assertThat(failing("config", "scrolback", "500"))
                .contains("unknown setting 'scrolback'; settings are scrollback, persist-scrollback and ttl-days");
        assertThat(ok("config").out).contains("scrollback = " + StoreSettings.DEFAULT_SCROLLBACK);
    }

    @Test
    void growingKeepsEveryLineShrinkingKeepsTheNewestAndClientsFollow() throws Exception {
        ok("config", "scrollback", "300");
        String id = agent.shell("long").path("id").asText();
        agent.awaitText(id, "$");
        MirrorTerminal mirror = new MirrorTerminal(StoreSettings.MAX_SCROLLBACK);
        agent.client().attach(id, 80, 24, mirror);
        assertThat(mirror.engine().scrollback().maxLines()).as("the limit comes with the attach").isEqualTo(300);

        agent.type(id, "seq 1 1000\r");
        // A line of its own: the typed command's echo also holds "1000".
        agent.awaitScreen(id, lines -> lines.contains("1000"), 10_000);
        List<String> capped = awaitHistory(id, h -> h.size() == 300);

        ok("config", "scrollback", "5000");
        assertThat(history(id)).as("a grow loses nothing").isEqualTo(capped);
        awaitMirrorLimit(mirror, 5000);

        agent.type(id, "seq 1001 1500\r");
        agent.awaitScreen(id, lines -> lines.contains("1500"), 10_000);
        List<String> grown = awaitHistory(id, h -> h.size() > 800);
        assertThat(grown.subList(0, 300)).as("the lines held before the grow are all still there").isEqualTo(capped);

        ok("config", "scrollback", "100");
        List<String> shrunk = history(id);
        assertThat(shrunk).as("a shrink keeps the newest lines").isEqualTo(grown.subList(grown.size() - 100, grown.size()));
        awaitMirrorLimit(mirror, 100);
        assertThat(mirrorHistory(mirror)).as("the attached client holds what the agent holds").isEqualTo(shrunk);
        assertThat(ok("config").out).contains("scrollback = 100");

        // The setting lives in agent.db: a new agent on the same home starts with it.
        stopKeepingHome(agent.client());
        try (AgentClient again = new AgentLauncher(agent.home()).connectOrStart()) {
            assertThat(again.call(Methods.AGENT_CONFIG, null).path(StoreSettings.SCROLLBACK).asText()).isEqualTo("100");
        }
    }

    @Test
    void theEnvironmentOverridesTheSettingForOneAgentWithoutStoringIt() throws Exception {
        ok("config", "scrollback", "400");
        stopKeepingHome(agent.client());

        startWith(Map.of(AgentProcess.SCROLLBACK_ENV, "123"));
        assertThat(ok("config").out).contains("scrollback = 123");
        String id = ok("new", "--name", "overridden", "--", "/bin/sh").out.strip();
        MirrorTerminal mirror = new MirrorTerminal(StoreSettings.MAX_SCROLLBACK);
        try (AgentClient c = agent.newClient()) {
            c.attach(id, 80, 24, mirror);
            assertThat(mirror.engine().scrollback().maxLines()).isEqualTo(123);
            stopKeepingHome(c);
        }

        startWith(Map.of(AgentProcess.SCROLLBACK_ENV, "lots"));
        assertThat(ok("config").out).as("a bad override is ignored").contains("scrollback = 400");
        assertThat(Files.readString(agent.home().agentLog())).contains(AgentProcess.SCROLLBACK_ENV
                + " ignored: scrollback takes a whole number of lines from 0 to 1000000, not 'lots'; sessions keep 400 lines");
        try (AgentClient c = agent.newClient()) {
            stopKeepingHome(c);
        }

        startWith(Map.of());
        assertThat(ok("config").out).as("the override was not stored").contains("scrollback = 400");
    }

    /** Starts this home's agent as `linger agent start` does, with {@code env} in its environment. */
    private void startWith(Map<String, String> env) throws Exception {
        CliResult r = AgentHarness.runCli(agent.dir(), env, "agent", "start");
        assertThat(r.exit).as("linger agent start\n" + r).isZero();
    }

    private static void stopKeepingHome(AgentClient client) throws Exception {
        long pid = client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
        client.call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
    }

    /** Scrollback lines of the session as the agent holds them, trailing blanks trimmed. */
    private List<String> history(String id) throws Exception {
        List<String> all = agent.capture(id, true);
        List<String> screen = agent.capture(id, false);
        return trimmed(all.subList(0, all.size() - screen.size()));
    }

    private List<String> awaitHistory(String id, java.util.function.Predicate<List<String>> done) throws Exception {
        return AgentHarness.poll(() -> history(id), done, 10_000, h -> "history of " + h.size() + " lines");
    }

    private static void awaitMirrorLimit(MirrorTerminal mirror, int lines) throws Exception {
        AgentHarness.poll(() -> mirror.engine().scrollback().maxLines(), n -> n == lines, 10_000,
                n -> "the client's scrollback limit stayed " + n + ", not " + lines);
    }

    private static List<String> mirrorHistory(MirrorTerminal mirror) {
        synchronized (mirror) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < mirror.engine().scrollback().size(); i++) {
                out.add(mirror.engine().scrollback().text(i));
            }
            return trimmed(out);
        }
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.stripTrailing()));
        return out;
    }
}
