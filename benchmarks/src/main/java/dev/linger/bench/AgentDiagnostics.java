package dev.linger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * With {@code --diagnose DIR}: jcmd reports of an agent at named moments (class histogram, and
 * native memory when the agent runs with -XX:NativeMemoryTracking), so a memory figure can be
 * explained. Does nothing otherwise.
 */
final class AgentDiagnostics {
    private AgentDiagnostics() {
    }

    static void dump(BenchContext ctx, LingerAgent agent, String label) {
        Path dir = ctx.diagnoseDir();
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            jcmd(agent.pid(), dir.resolve(label + "-histogram.txt"), "GC.class_histogram");
            if (ctx.agentJvmOptions().stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
                jcmd(agent.pid(), dir.resolve(label + "-nmt.txt"), "VM.native_memory", "summary");
            }
            Files.writeString(dir.resolve(label + "-smaps_rollup.txt"),
                    Files.readString(Path.of("/proc", Long.toString(agent.pid()), "smaps_rollup")));
            Log.info("diagnostics of agent %d written as %s/%s-*", agent.pid(), dir, label);
        } catch (IOException e) {
            Log.info("diagnostics %s failed: %s", label, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void jcmd(long pid, Path out, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(AgentSpawner.jcmd().toString(), Long.toString(pid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
