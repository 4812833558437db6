package dev.linger.bench.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.app.LingerApp;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app's launch figures, each the time from starting the app's process ({@code java -cp <this
 * classpath> dev.linger.app.LingerApp}, so JVM start-up included) to a milestone it prints with
 * {@code LINGER_TRACE=startup}:
 * <ul>
 *   <li>first prompt painted, the agent already running (a new tab's shell);</li>
 *   <li>first prompt painted, no agent (the app starts it);</li>
 *   <li>relaunch with 20 tabs, each with 300 lines of history: until all 20 panes hold their
 *   snapshot (restore without asking).</li>
 * </ul>
 * Shells are {@code bash --noprofile --norc} so that rc files do not count. Needs a display.
 * Usage: {@code java -cp benchmarks/target/linger-bench.jar dev.linger.bench.app.LaunchBench [runs]}
 */
public final class LaunchBench {
    private static final String SHELL = "env HISTFILE=/dev/null /bin/bash --noprofile --norc";
    private static final int TABS = 20;

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> warm = agentRunning(runs);
        List<Long> cold = noAgent(runs);
        List<Long> tabs = twentyTabs(runs);
        System.out.println();
        System.out.printf("%-58s %8s %8s %8s%n", "figure (process start → milestone), " + runs + " runs", "median", "min", "max");
        row("first prompt painted, agent already running", warm);
        row("first prompt painted, no agent (the app starts it)", cold);
        row("relaunch with " + TABS + " tabs → all " + TABS + " restored", tabs);
        ObjectNode json = Json.object();
        json.put("runs", runs);
        json.put("firstPromptAgentRunningMs", median(warm));
        json.put("firstPromptNoAgentMs", median(cold));
        json.put("twentyTabsRestoredMs", median(tabs));
        System.out.println(json);
        System.exit(0);
    }

    private static void row(String name, List<Long> ms) {
        System.out.printf("%-58s %6d ms %5d ms %5d ms%n", name, median(ms), ms.stream().min(Long::compare).orElse(0L),
                ms.stream().max(Long::compare).orElse(0L));
    }

    private static long median(List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        s.sort(Comparator.naturalOrder());
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    private static List<Long> agentRunning(int runs) throws Exception {
        Path dir = newHome();
        LingerHome home = new LingerHome(dir);
        List<Long> out = new ArrayList<>();
        try (AgentClient agent = new AgentLauncher(home).connectOrStart()) {
            warmUp(agent, dir);
            for (int i = 0; i < runs; i++) {
                freshDesktopDb(home, "never");
                out.add(timeTo(dir, "first-text"));
                killAll(agent);
            }
            stop(agent);
        } finally {
            delete(dir);
        }
        System.err.println("agent running: " + out);
        return out;
    }

    private static List<Long> noAgent(int runs) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path dir = newHome();
            LingerHome home = new LingerHome(dir);
            try {
                freshDesktopDb(home, "never");
                out.add(timeTo(dir, "first-text"));
                try (AgentClient agent = AgentClient.connect(home.socket())) {
                    stop(agent);
                }
            } finally {
                delete(dir);
            }
        }
        System.err.println("no agent: " + out);
        return out;
    }

    private static List<Long> twentyTabs(int runs) throws Exception {
        Path dir = newHome();
        LingerHome home = new LingerHome(dir);
        List<Long> out = new ArrayList<>();
        try (AgentClient agent = new AgentLauncher(home).connectOrStart()) {
            List<TabLayout> tabs = new ArrayList<>();
            List<SessionMeta> metas = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                ObjectNode p = Json.object().put("cwd", dir.toString()).put("cols", 120).put("rows", 36);
                var argv = p.putArray("argv");
                List.of("/bin/bash", "--noprofile", "--norc").forEach(argv::add);
                p.putObject("env").put("HISTFILE", "/dev/null");
                JsonNode info = agent.call(Methods.SESSION_CREATE, p);
                String id = info.path("id").asText();
                agent.call(Methods.SESSION_INPUT, Json.object().put("session", id).put("data", "seq 1 300; echo tab-" + i + "\r"));
                tabs.add(new TabLayout(info.path("name").asText(), new PaneLayout.Leaf(id), 0));
                metas.add(new SessionMeta(id, info.path("name").asText(), dir.toString(),
                        List.of("/bin/bash", "--noprofile", "--norc"), Map.of(), Instant.now()));
            }
            DesktopLayout layout = new DesktopLayout(List.of(new WindowLayout(new java.awt.Rectangle(40, 40, 1100, 760), false,
                    TABS - 1, tabs)));
            for (int i = 0; i < runs; i++) {
                freshDesktopDb(home, "always");
                try (DesktopStore store = DesktopStore.open(home.desktopDb()).store()) {
                    store.saveLayout(layout, metas);
                }
                out.add(timeTo(dir, "all-restored"));
            }
            stop(agent);
        } finally {
            delete(dir);
        }
        System.err.println("20 tabs: " + out);
        return out;
    }

    /** Starts the app on {@code dir}, returns the milliseconds until it printed {@code event}, then ends it. */
    private static long timeTo(Path dir, String event) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LingerApp.class.getName());
        pb.environment().put(LingerHome.ENV, dir.toString());
        pb.environment().put("LINGER_TRACE", "startup");
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<Long> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("linger-trace " + event + " ")) {
                        seen.complete((System.nanoTime() - start) / 1_000_000);
                    }
                }
            } catch (IOException e) {
                // process gone
            }
            seen.completeExceptionally(new IllegalStateException("the app ended without " + event));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            return seen.get(60, TimeUnit.SECONDS);
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void freshDesktopDb(LingerHome home, String restore) throws Exception {
        for (String f : List.of("desktop.db", "desktop.db-wal", "desktop.db-shm")) {
            Files.deleteIfExists(home.dir().resolve(f));
        }
        try (DesktopStore store = DesktopStore.open(home.desktopDb()).store()) {
            store.savePrefs(Map.of("shell", SHELL, "restore", restore));
        }
    }

    /** One session started and ended first, so the agent's one-time costs are not in the figure. */
    private static void warmUp(AgentClient agent, Path dir) throws Exception {
        ObjectNode p = Json.object().put("cwd", dir.toString());
        p.putArray("argv").add("/bin/true");
        agent.call(Methods.SESSION_CREATE, p);
        Thread.sleep(300);
        killAll(agent);
    }

    private static void killAll(AgentClient agent) throws Exception {
        for (JsonNode s : agent.call(Methods.SESSION_LIST, null)) {
            agent.call(Methods.SESSION_KILL, Json.object().put("session", s.path("id").asText()));
        }
    }

    private static void stop(AgentClient agent) throws Exception {
        long pid = agent.call(Methods.AGENT_STATUS, null).path("pid").asLong();
        agent.call(Methods.AGENT_STOP, null);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
    }

    private static Path newHome() throws IOException {
        return Files.createTempDirectory(Paths.get(System.getProperty("java.io.tmpdir")), "lgbench");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
