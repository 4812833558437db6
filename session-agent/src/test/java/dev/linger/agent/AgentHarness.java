package dev.linger.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real agent in its own process and a private temporary LINGER_HOME, started the way the CLI
 * starts it, plus helpers to drive it through the protocol and through the real CLI.
 */
public final class AgentHarness implements AutoCloseable {
    private final Path dir;
    private final LingerHome home;
    private final AgentClient client;

    private AgentHarness(Path dir, AgentClient client) {
        this.dir = dir;
        this.home = new LingerHome(dir);
        this.client = client;
    }

    public static AgentHarness start() throws IOException, ProtocolException {
        Path dir = newHome();
        AgentClient client = new AgentLauncher(new LingerHome(dir)).connectOrStart();
        return new AgentHarness(dir, client);
    }

    /** A fresh, empty home with a short path (socket paths are limited to ~100 bytes). */
    public static Path newHome() throws IOException {
        return Files.createTempDirectory(Paths.get("/tmp"), "lgr");
    }

    public Path dir() {
        return dir;
    }

    public LingerHome home() {
        return home;
    }

    public AgentClient client() {
        return client;
    }

    public AgentClient newClient() throws IOException, ProtocolException {
        return AgentClient.connect(home.socket());
    }

    public long agentPid() throws IOException, ProtocolException {
        return client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
    }

    /** Creates a session running {@code argv} (the login shell when empty) in the home directory. */
    public JsonNode create(String name, String... argv) throws IOException, ProtocolException {
        ObjectNode p = Json.object().put("cwd", dir.toString());
        if (name != null) {
            p.put("name", name);
        }
        if (argv.length > 0) {
            var a = p.putArray("argv");
            for (String s : argv) {
                a.add(s);
            }
        }
        return client.call(Methods.SESSION_CREATE, p);
    }

    /** A plain, predictable shell: no rc files, a fixed prompt. */
    public JsonNode shell(String name) throws IOException, ProtocolException {
        ObjectNode p = Json.object().put("cwd", dir.toString()).put("name", name);
        p.putArray("argv").add("/bin/bash").add("--noprofile").add("--norc");
        p.putObject("env").put("PS1", "$ ");
        return client.call(Methods.SESSION_CREATE, p);
    }

    public void type(String session, String text) throws IOException, ProtocolException {
        client.call(Methods.SESSION_INPUT, Json.object().put("session", session).put("data", text));
    }

    public List<String> capture(String session, boolean history) throws IOException, ProtocolException {
        JsonNode r = client.call(Methods.SESSION_CAPTURE, Json.object().put("session", session).put("history", history));
        List<String> lines = new ArrayList<>();
        r.path("lines").forEach(l -> lines.add(l.asText()));
        return lines;
    }

    /** Polls the agent's screen until it satisfies {@code condition}; fails with the last screen. */
    public List<String> awaitScreen(String session, Predicate<List<String>> condition, long timeoutMs) throws Exception {
        return poll(() -> capture(session, false), condition, timeoutMs,
                screen -> "screen never matched within " + timeoutMs + " ms; last screen:\n" + String.join("\n", screen));
    }

    /**
     * Reads every 20 ms until {@code done} holds of the reading, for at most {@code timeoutMs}:
     * the one wait of these tests for something only the agent can tell. Fails with
     * {@code failure} of the last reading.
     */
    public static <T> T poll(Callable<T> read, Predicate<T> done, long timeoutMs, Function<T, String> failure) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        T reading = read.call();
        while (!done.test(reading)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(failure.apply(reading));
            }
            Thread.sleep(20);
            reading = read.call();
        }
        return reading;
    }

    public List<String> awaitText(String session, String text) throws Exception {
        return awaitScreen(session, lines -> lines.stream().anyMatch(l -> l.contains(text)), 10_000);
    }

    public JsonNode info(String session) throws IOException, ProtocolException {
        for (JsonNode s : client.call(Methods.SESSION_LIST, null)) {
            if (s.path("id").asText().equals(session) || s.path("name").asText().equals(session)) {
                return s;
            }
        }
        return null;
    }

    /** Runs the real CLI in a new JVM with this home. */
    public CliResult cli(String... args) throws IOException, InterruptedException {
        return runCli(dir, args);
    }

    /** The real CLI in a new JVM with this home, not started yet: for a command that runs alongside the test. */
    public ProcessBuilder cliProcess(String... args) {
        return cliProcess(dir, args);
    }

    private static ProcessBuilder cliProcess(Path home, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(AgentLauncher.MAIN_CLASS);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put(LingerHome.ENV, home.toString());
        return pb;
    }

    public static CliResult runCli(Path home, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = cliProcess(home, args);
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("linger " + String.join(" ", args) + " did not finish in 60 s");
        }
        CliResult r = new CliResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    public static final class CliResult {
        public final int exit;
        public final String out;
        public final String err;

        CliResult(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    /** Stops the agent gracefully and removes the home. */
    @Override
    public void close() throws IOException {
        stopAgent(client, dir);
    }

    public static void stopAgent(AgentClient client, Path dir) throws IOException {
        try {
            long pid = client.call(Methods.AGENT_STATUS, null).path("pid").asLong();
            client.call(Methods.AGENT_STOP, null);
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        } catch (ProtocolException | IOException | RuntimeException e) {
            // already gone
        } finally {
            client.close();
            deleteTree(dir);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
