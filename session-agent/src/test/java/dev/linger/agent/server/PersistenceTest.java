package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.home.PidLock;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.store.AgentStore;
import dev.linger.agent.store.StoredSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sessions survive their agent: graceful stops, crashes, reboots, and a disk that says no. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class PersistenceTest {
    private Path home;
    private AgentClient client;

    @BeforeEach
    void start() throws Exception {
        home = AgentHarness.newHome();
        client = connect();
    }

    @AfterEach
    void stop() throws Exception {
        AgentHarness.stopAgent(client, home);
    }

    private AgentClient connect() throws IOException, ProtocolException {
        return new AgentLauncher(new LingerHome(home)).connectOrStart();
    }

    private String shell(String name, Path cwd) throws Exception {
        var p = Json.object().put("name", name).put("cwd", cwd.toString());
        p.putArray("argv").add("/bin/bash").add("--noprofile").add("--norc");
        p.putObject("env").put("PS1", "$ ");
        return client.call(Methods.SESSION_CREATE, p).path("id").asText();
    }

    private List<String> capture(String session, boolean history) throws Exception {
        JsonNode r = client.call(Methods.SESSION_CAPTURE, Json.object().put("session", session).put("history", history));
        List<String> lines = new ArrayList<>();
        r.path("lines").forEach(l -> lines.add(l.asText()));
        return lines;
    }

    private void type(String session, String text) throws Exception {
        client.call(Methods.SESSION_INPUT, Json.object().put("session", session).put("data", text));
    }

    /** Waits for a screen line that is exactly {@code text} (output, not the echo of the command). */
    private List<String> await(String session, String text) throws Exception {
        return awaitLine(session, l -> l.equals(text), text);
    }

    private List<String> awaitContaining(String session, String text) throws Exception {
        return awaitLine(session, l -> l.contains(text), text);
    }

    private List<String> awaitLine(String session, java.util.function.Predicate<String> match, String text) throws Exception {
        return AgentHarness.poll(() -> capture(session, false), lines -> lines.stream().anyMatch(match), 20_000,
                lines -> "never saw " + text + " in\n" + String.join("\n", lines));
    }

    /** Waits until the screen's last line is exactly {@code line} (a fresh prompt). */
    private List<String> awaitLast(String session, String line) throws Exception {
        return AgentHarness.poll(() -> capture(session, false), lines -> !lines.isEmpty() && lines.get(lines.size() - 1).equals(line),
                20_000, lines -> "last line never became '" + line + "':\n" + String.join("\n", lines));
    }

    /** Prints {@code n} numbered lines and waits for them; what capture shows with history then. */
    private List<String> printHistory(String session, int n, String text) throws Exception {
        type(session, "for i in $(seq 1 " + n + "); do echo \"row $i " + text + "\"; done; echo all-written\r");
        await(session, "all-written");
        return capture(session, true);
    }

    /**
     * Waits until agent.db holds every change made before now: the agent says from when its last
     * finished write began ({@code store.savedAsOf} in agent.status), so a kill after this tests
     * what a crash keeps, not a race with the persister.
     */
    private void awaitSaved() throws Exception {
        awaitSaved(20_000);
    }

    private void awaitSaved(long timeoutMs) throws Exception {
        Instant now = Instant.now();
        AgentHarness.poll(() -> client.call(Methods.AGENT_STATUS, null).path("store").path("savedAsOf").asText(""),
                asOf -> !asOf.isEmpty() && Instant.parse(asOf).isAfter(now), timeoutMs,
                asOf -> "agent.db was never saved past " + now + " (savedAsOf: " + asOf + ")");
    }

    private JsonNode info(String session) throws Exception {
        for (JsonNode s : client.call(Methods.SESSION_LIST, null)) {
            if (s.path("id").asText().equals(session) || s.path("name").asText().equals(session)) {
                return s;
            }
        }
        return null;
    }

    /** Stops the agent; the next connection starts a new one, as any `linger` command would. */
    private void gracefulRestart() throws Exception {
        long pid = client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
        client.call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        client.close();
        client = connect();
    }

    private void killAgent(boolean andItsShells) throws Exception {
        long pid = PidLock.holderPid(new LingerHome(home).lockFile()).orElseThrow();
        List<ProcessHandle> shells = ProcessHandle.of(pid).orElseThrow().descendants().toList();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        if (andItsShells) {
            shells.forEach(ProcessHandle::destroyForcibly);
        }
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        client.close();
        client = connect();
    }

    @Test
    void gracefulStopLosesNothingAndRestoreShowsThePastAboveAMarker() throws Exception {
        String id = shell("work", home);
        List<String> before = printHistory(id, 3000, "of the past");

        gracefulRestart();
        JsonNode listed = info(id);
        assertThat(listed.path("state").asText()).isEqualTo("restorable");
        assertThat(listed.path("name").asText()).isEqualTo("work");
        assertThat(capture(id, true)).as("the saved scrollback, line for line").isEqualTo(before);

        JsonNode restored = client.call(Methods.SESSION_RESTORE, Json.object().put("session", "work")).path("restored").get(0);
        assertThat(restored.path("id").asText()).isEqualTo(id);
        assertThat(restored.path("state").asText()).isEqualTo("running");
        List<String> after = awaitLast(id, "$");
        List<String> history = capture(id, true);
        assertThat(history).containsSubsequence(before);
        assertThat(String.join("\n", history)).containsPattern("restored from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; the previous process has ended");
        assertThat(after.get(after.size() - 1)).startsWith("$");
        type(id, "pwd\r");
        await(id, home.toString());
    }

    @Test
    void aCrashAfterTypingThatScrollsNothingKeepsTheSavedScrollbackAndTheTypedScreen() throws Exception {
        String id = shell("typing", home);
        List<String> history = printHistory(id, 500, "before typing");
        awaitSaved();                        // scrollback and all
        type(id, "echo typed-but-not-run");  // changes the prompt row only: nothing scrolls
        awaitContaining(id, "typed-but-not-run");
        awaitSaved();                        // the screen-only save of it
        killAgent(false);

        assertThat(info(id).path("state").asText()).isEqualTo("restorable");
        List<String> saved = capture(id, true);
        assertThat(saved).as("the scrollback saved before the typing").containsSubsequence(
                history.subList(0, history.size() - 1));
        assertThat(saved.get(saved.size() - 1)).as("the screen saved after it").contains("echo typed-but-not-run");
    }

    @Test
    void crashDuringHeavyOutputKeepsScrollbackUpToAboutASecondBefore() throws Exception {
        String id = shell("busy", home);
        type(id, "i=0; while :; do echo \"seq-$i\"; i=$((i+1)); done\r");
        // The loop has filled the scrollback, and the persister has written during it.
        AgentHarness.poll(() -> capture(id, false), screen -> lastNumber(screen) > 10_000, 60_000,
                screen -> "the loop never got past 10000:\n" + String.join("\n", screen));
        awaitSaved();
        int seenSecondBefore = lastNumber(capture(id, false));
        // What a crash keeps is about a second old (a write every 500 ms): a write that began after
        // the reading ends soon, here within a bound loose enough for a loaded machine; the kill
        // follows it at once, so the reading must be in agent.db.
        awaitSaved(10_000);
        killAgent(false);

        JsonNode listed = info(id);
        assertThat(listed.path("state").asText()).isEqualTo("restorable");
        List<String> saved = capture(id, true);
        List<Integer> numbers = numbers(saved);
        // The screen was saved mid-output: its cursor line may hold half a number ("seq-25" of "seq-251234").
        if (numbers.size() > 1 && numbers.get(numbers.size() - 1) != numbers.get(numbers.size() - 2) + 1) {
            numbers = numbers.subList(0, numbers.size() - 1);
        }
        assertThat(numbers.get(numbers.size() - 1)).as("saved up to at least what was on screen a second before the kill")
                .isGreaterThanOrEqualTo(seenSecondBefore);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("no gap in the saved lines").isEqualTo(numbers.get(i - 1) + 1);
        }
        assertThat(numbers.size()).as("a full scrollback was kept").isGreaterThan(9_000);
    }

    @Test
    void rebootKillingAgentAndShellsLeavesRestorableSessions() throws Exception {
        String a = shell("alpha", home);
        String b = shell("beta", Path.of("/usr"));
        type(a, "echo alpha-was-here\r");
        type(b, "echo beta-was-here\r");
        await(a, "alpha-was-here");
        await(b, "beta-was-here");
        awaitSaved();
        killAgent(true);

        assertThat(info(a).path("state").asText()).isEqualTo("restorable");
        assertThat(info(b).path("state").asText()).isEqualTo("restorable");
        JsonNode restored = client.call(Methods.SESSION_RESTORE, Json.object().put("all", true)).path("restored");
        assertThat(restored).hasSize(2);
        await(b, "beta-was-here");
        type(b, "pwd\r");
        await(b, "/usr");
        assertThat(info(a).path("state").asText()).isEqualTo("running");
    }

    @Test
    void restoringIntoAVanishedDirectoryStartsInHomeAndSaysSo() throws Exception {
        Path gone = Files.createTempDirectory(Path.of("/tmp"), "gone");
        String id = shell("wanderer", gone);
        type(id, "echo here-before\r");
        await(id, "here-before");
        gracefulRestart();
        Files.delete(gone);
        client.call(Methods.SESSION_RESTORE, Json.object().put("session", id));
        List<String> screen = awaitContaining(id, "no longer exists");
        assertThat(String.join("\n", screen)).contains(gone + " no longer exists").contains(System.getProperty("user.home"));
        type(id, "pwd\r");
        await(id, System.getProperty("user.home"));
    }

    @Test
    void forgetAndKillRemoveTheSessionsTextFromTheDatabase() throws Exception {
        String secretText = "kiwi-" + System.nanoTime();
        String other = "mango-" + System.nanoTime();
        String a = shell("tobekilled", home);
        String b = shell("tobeforgotten", home);
        type(a, "echo " + secretText + "\r");
        type(b, "echo " + other + "\r");
        await(a, secretText);
        await(b, other);
        awaitSaved();
        assertThat(dbBytes()).contains(secretText).contains(other);

        client.call(Methods.SESSION_KILL, Json.object().put("session", a));
        gracefulRestart();
        client.call(Methods.SESSION_FORGET, Json.object().put("session", "tobeforgotten"));
        assertThat(info(b)).isNull();
        awaitSaved();   // and a whole persister cycle after it has not written them back
        assertThat(dbBytes()).doesNotContain(secretText).doesNotContain(other);
    }

    @Test
    void attachingRewritesTheRecordButNotTheSavedScrollback() throws Exception {
        String id = shell("watched", home);
        type(id, "seq 1 3000; echo filled\r");
        await(id, "filled");
        awaitSaved();
        Instant firstAttach = Instant.now();
        for (int i = 0; i < 5; i++) {
            java.util.concurrent.CountDownLatch snapshot = new java.util.concurrent.CountDownLatch(1);
            try (AgentClient viewer = connect()) {
                viewer.attach(id, 80, 24, new dev.linger.agent.client.ChannelListener() {
                    @Override
                    public void onSnapshot(dev.linger.agent.protocol.Snapshot s) {
                        snapshot.countDown();
                    }

                    @Override
                    public void onOutput(byte[] bytes) {
                    }
                });
                assertThat(snapshot.await(10, TimeUnit.SECONDS)).isTrue();
            }
            awaitSaved();   // a persister cycle after every attach
        }
        awaitSaved();
        // agent.db is the agent's alone while it runs: read it once the agent is gone (kill -9,
        // so that no final write happens), then let the next connection start a new agent.
        long pid = PidLock.holderPid(new LingerHome(home).lockFile()).orElseThrow();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        client.close();
        Instant taken = Instant.parse(dbValue("SELECT taken FROM snapshots WHERE session_id = '" + id + "'"));
        Instant attached = Instant.parse(dbValue("SELECT last_attached FROM sessions WHERE id = '" + id + "'"));
        assertThat(attached).isAfter(firstAttach);
        assertThat(taken).isBefore(firstAttach);
        client = connect();
        assertThat(capture(id, true)).contains("3000");
    }

    /** One value read from agent.db (no agent may be running: it holds the file exclusively). */
    private String dbValue(String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("agent.db"));
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void secretEnvironmentNamesAreNotWritten() throws Exception {
        var p = Json.object().put("name", "envs").put("cwd", home.toString());
        p.putArray("argv").add("/bin/sh");
        p.putObject("env").put("DEPLOY_TOKEN", "tok-5531").put("SERVICE_PASSWORD", "pw-8812").put("OPENAI_API_KEY", "key-7777")
                .put("PLAIN_SETTING", "plain-4242");
        client.call(Methods.SESSION_CREATE, p);
        awaitSaved();
        gracefulRestart();
        String bytes = dbBytes();
        assertThat(bytes).contains("plain-4242").doesNotContain("tok-5531").doesNotContain("pw-8812").doesNotContain("key-7777");
    }

    @Test
    void corruptDatabaseIsMovedAsideAndTheAgentRunsOn() throws Exception {
        long pid = client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
        client.call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        client.close();
        Files.writeString(home.resolve("agent.db"), "garbage, not SQLite ".repeat(500));
        client = connect();
        JsonNode status = client.call(Methods.AGENT_STATUS, null);
        assertThat(status.path("store").path("note").asText()).contains("corrupt").contains("moved aside");
        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("agent.db.corrupt-"));
        }
        assertThat(Files.readString(home.resolve("logs/agent.log"))).contains("was corrupt");
        String id = shell("after-corruption", home);
        awaitLast(id, "$");
    }

    @Test
    void expiredRestorableSessionsArePruned() throws Exception {
        long pid = client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
        client.call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        client.close();
        Instant old = Instant.now().minus(Duration.ofDays(9));
        try (AgentStore store = AgentStore.open(home.resolve("agent.db"))) {
            store.save(new StoredSession("oldone", "ancient", List.of("/bin/sh"), "/tmp", Map.of(), 80, 24, old, null, old,
                    "running", null, null, "", new byte[] {0}, "\u001bc".getBytes(StandardCharsets.US_ASCII), old));
            store.save(new StoredSession("newone", "recent", List.of("/bin/sh"), "/tmp", Map.of(), 80, 24, Instant.now(), null,
                    Instant.now(), "running", null, null, "", new byte[] {0}, "\u001bc".getBytes(StandardCharsets.US_ASCII), Instant.now()));
        }
        client = connect();
        assertThat(info("ancient")).isNull();
        assertThat(info("recent").path("state").asText()).isEqualTo("restorable");
    }

    @Test
    void persistScrollbackSettingLimitsWhatIsSaved() throws Exception {
        JsonNode settings = client.call(Methods.AGENT_CONFIG, Json.object().put("key", "persist-scrollback").put("value", "50"));
        assertThat(settings.path("persist-scrollback").asText()).isEqualTo("50");
        String id = shell("limited", home);
        type(id, "seq 1 500; echo seq-done\r");
        await(id, "seq-done");
        gracefulRestart();
        List<String> saved = capture(id, true);
        assertThat(saved.size()).isLessThanOrEqualTo(50 + 24);
        assertThat(saved).contains("500").doesNotContain("100");
    }

    @Test
    void fullDiskNeverStopsTheAgentAndItCatchesUp() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small filesystem needs root");
        Path mnt = Files.createTempDirectory(Path.of("/tmp"), "small");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mnt.toString()).inheritIO().start();
        assumeTrue(mount.waitFor() == 0, "tmpfs mount not permitted here");
        AgentHarness.stopAgent(client, home);
        home = mnt;
        try {
            client = connect();
            String id = shell("squeezed", home);
            awaitLast(id, "$");
            new ProcessBuilder("sh", "-c", "dd if=/dev/zero of=" + mnt + "/filler bs=64k 2>/dev/null; true").start().waitFor();
            type(id, "seq 1 20000; echo filled\r");
            await(id, "filled");
            JsonNode status = awaitWarning(true);
            assertThat(status.path("store").path("warning").asText()).contains("cannot write");
            String other = shell("still-serving", Path.of("/tmp"));
            type(other, "echo served\r");
            await(other, "served");

            Files.delete(mnt.resolve("filler"));
            awaitWarning(false);
            gracefulRestart();
            assertThat(capture(id, true)).contains("20000", "filled");
        } finally {
            AgentHarness.stopAgent(client, mnt);
            new ProcessBuilder("umount", "-l", mnt.toString()).start().waitFor();
            Files.deleteIfExists(mnt);
            home = AgentHarness.newHome();
            client = connect();
        }
    }

    @Test
    void readOnlyDatabaseNeverStopsTheAgentAndItCatchesUp() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "chattr needs root");
        String id = shell("frozen", home);
        awaitLast(id, "$");
        awaitSaved();
        List<String> files = List.of("agent.db", "agent.db-wal");
        assumeTrue(chattr("+i", files) == 0, "chattr not supported on this filesystem");
        try {
            type(id, "echo while-read-only\r");
            await(id, "while-read-only");
            JsonNode status = awaitWarning(true);
            assertThat(status.path("store").path("warning").asText()).contains("cannot");
            String other = shell("unaffected", home);
            type(other, "echo fine\r");
            await(other, "fine");
        } finally {
            chattr("-i", files);
        }
        awaitWarning(false);
        gracefulRestart();
        assertThat(String.join("\n", capture(id, true))).contains("while-read-only");
    }

    private int chattr(String flag, List<String> names) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("chattr", flag));
        for (String n : names) {
            if (Files.exists(home.resolve(n))) {
                cmd.add(home.resolve(n).toString());
            }
        }
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    private JsonNode awaitWarning(boolean present) throws Exception {
        return AgentHarness.poll(() -> client.call(Methods.AGENT_STATUS, null), status -> status.path("store").has("warning") == present,
                20_000, status -> "store warning " + (present ? "never appeared" : "never cleared") + ": " + status);
    }

    private String dbBytes() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"agent.db", "agent.db-wal"}) {
            Path f = home.resolve(name);
            if (Files.exists(f)) {
                sb.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    private static final Pattern SEQ = Pattern.compile("^seq-(\\d+)$");

    private static List<Integer> numbers(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = SEQ.matcher(l);
            if (m.matches()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    private static int lastNumber(List<String> lines) {
        List<Integer> n = numbers(lines);
        return n.isEmpty() ? 0 : n.get(n.size() - 1);
    }
}
