package dev.linger.bench;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts an agent the way {@link AgentLauncher#spawn()} does (same detached command line, same
 * JVM options, this jar's classpath) with extra JVM options added: for profiling the agent
 * (JFR, GC logs) without touching the launcher. Without extra options the bench uses the
 * launcher itself.
 */
final class AgentSpawner {
    private static final long START_TIMEOUT_MS = 15_000;

    private AgentSpawner() {
    }

    static AgentClient connectOrStart(LingerHome home, List<String> extraJvmOptions) throws Exception {
        if (extraJvmOptions.isEmpty()) {
            return new AgentLauncher(home).connectOrStart();
        }
        home.ensureDirectories();
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Paths.get("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launcherJvmOptions());
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(AgentLauncher.MAIN_CLASS);
        cmd.add("agent");
        cmd.add("run");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put(LingerHome.ENV, home.dir().toString());
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.logDir().resolve("agent.out").toFile()));
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = pb.start();
        Log.info("agent started with extra JVM options %s", extraJvmOptions);
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            var running = new AgentLauncher(home).connectIfRunning();
            if (running.isPresent()) {
                return running.get();
            }
            if (!process.isAlive()) {
                throw new IOException("the agent exited with " + process.exitValue() + "; see " + home.logDir());
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IOException("the agent did not start in " + START_TIMEOUT_MS + " ms; see " + home.logDir());
    }

    /** The launcher's own JVM options, read from it so the two cannot drift apart. */
    @SuppressWarnings("unchecked")
    static List<String> launcherJvmOptions() {
        try {
            Field f = AgentLauncher.class.getDeclaredField("AGENT_JVM_OPTIONS");
            f.setAccessible(true);
            return (List<String>) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Log.info("cannot read AgentLauncher's JVM options (%s); starting the agent without them", e);
            return List.of();
        }
    }

    static Path jcmd() {
        return Paths.get(System.getProperty("java.home"), "bin", "jcmd");
    }
}
