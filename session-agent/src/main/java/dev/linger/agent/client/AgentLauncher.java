package dev.linger.agent.client;

import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.ProtocolException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the agent of a home or starts one, detached: in its own process session (no terminal,
 * no hangup from the one that launched it), output to the home's log directory.
 */
public final class AgentLauncher {
    public static final String MAIN_CLASS = "dev.linger.agent.cli.Main";
    private static final long START_TIMEOUT_MS = 15_000;
    private static final long AGENT_OUT_MAX_BYTES = 1L << 20;
    /**
     * JVM options for the agent: the serial collector keeps the footprint small and steady; a
     * fixed 24 MB young generation lets scrollback lines, which live until 10,000 newer ones
     * arrive, die young under heavy output instead of filling the old generation (measured:
     * with a 16 MB heap, 100+ full collections per 67 MB of output).
     */
    private static final List<String> AGENT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xss512k", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-Xms64m", "-Xmn24m", "-Djava.awt.headless=true");

    private final LingerHome home;

    public AgentLauncher(LingerHome home) {
        this.home = home;
    }

    /** A connection to the running agent, if one answers. */
    public Optional<AgentClient> connectIfRunning() throws ProtocolException {
        Path socket = home.socket();
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AgentClient.connect(socket));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A connection to the agent, starting it first when none answers. */
    public AgentClient connectOrStart() throws IOException, ProtocolException {
        Optional<AgentClient> running = connectIfRunning();
        if (running.isPresent()) {
            return running.get();
        }
        Process process = spawn();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            running = connectIfRunning();
            if (running.isPresent()) {
                return running.get();
            }
            // An agent that lost a start race exits at once while the winner binds: keep waiting
            // for the winner, but not the whole timeout when ours failed alone.
            if (!process.isAlive() && process.exitValue() != 0) {
                deadline = Math.min(deadline, System.currentTimeMillis() + 3_000);
            }
            sleep(20);
        }
        throw new IOException("the agent did not start; see " + home.agentOut()
                + " and " + home.agentLog());
    }

    /** Starts {@code linger agent run} detached from this process and its terminal. */
    public Process spawn() throws IOException {
        home.ensureDirectories();
        List<String> cmd = new ArrayList<>();
        Path setsid = Paths.get("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            cmd.add(setsid.toString());
        }
        cmd.add(javaBinary());
        cmd.addAll(AGENT_JVM_OPTIONS);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MAIN_CLASS);
        cmd.add("agent");
        cmd.add("run");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put(LingerHome.ENV, home.dir().toString());
        keepSmall(home.agentOut());
        LingerHome.createPrivateFile(home.agentOut());
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.agentOut().toFile()));
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        return pb.start();
    }

    /**
     * agent.out only gets what an agent prints outside its log (a failed start, a JVM crash
     * report), appended by every start: once it is over {@link #AGENT_OUT_MAX_BYTES} it moves to
     * {@code agent.out.1}, so the last crash stays readable and the two stay small.
     */
    private static void keepSmall(Path out) {
        try {
            if (Files.size(out) > AGENT_OUT_MAX_BYTES) {
                Files.move(out, out.resolveSibling(out.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Absent, or a racing starter moved it first: either way there is nothing to shrink.
        }
    }

    /**
     * The java of the running runtime. Not this process's command: in an installed app that is
     * the native launcher, which takes no JVM options.
     */
    private static String javaBinary() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        Path java = Paths.get(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return java.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").toLowerCase().contains("win") ? "NUL" : "/dev/null");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
