package dev.linger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One agent of the benchmark, in its own fresh LINGER_HOME, with one client connection; stopped
 * (agent.stop, then killed if it lingers) when closed or when the run is cleaned up.
 */
final class LingerAgent implements AutoCloseable {
    static final long WAIT_MS = 120_000;
    /** After a settle, for the new shells and the machine to be quiet before RSS is read. */
    static final long SETTLE_PAUSE_MS = 500;

    private final BenchContext ctx;
    private final AgentClient client;
    private final long pid;
    private final Cleanup.Entry cleanup;

    private LingerAgent(BenchContext ctx, AgentClient client, long pid) {
        this.ctx = ctx;
        this.client = client;
        this.pid = pid;
        this.cleanup = ctx.cleanup().add("agent " + pid, this::stop);
    }

    static LingerAgent start(BenchContext ctx) throws Exception {
        Path home = ctx.newHome();
        AgentClient client = AgentSpawner.connectOrStart(new LingerHome(home), ctx.agentJvmOptions());
        long pid = client.call(Methods.AGENT_STATUS, Json.object()).path("pid").asLong();
        return new LingerAgent(ctx, client, pid);
    }

    AgentClient client() {
        return client;
    }

    long pid() {
        return pid;
    }

    /** The agent's resident memory as it reports it (VmRSS). */
    long rss() throws Exception {
        return client.call(Methods.AGENT_STATUS, Json.object()).path("rss").asLong();
    }

    /**
     * Full GCs in the agent and glibc's free memory handed back (jcmd GC.run four times, as the
     * serial collector shrinks the heap by 0, 10, 40 then 100% of its excess on consecutive full
     * GCs; then System.trim_native_heap), then a pause: RSS then reflects what is live.
     */
    void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            jcmd("GC.run");
        }
        jcmd("System.trim_native_heap");
        Thread.sleep(SETTLE_PAUSE_MS);
    }

    private void jcmd(String command) throws Exception {
        Process p = new ProcessBuilder(AgentSpawner.jcmd().toString(), Long.toString(pid), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd " + command + " did not finish");
        }
    }

    /** Bytes of live objects on the agent's heap (a full GC first: jcmd GC.class_histogram). */
    long liveHeapBytes() throws Exception {
        String out = jcmdOutput("GC.class_histogram");
        for (String line : out.split("\n")) {
            if (line.startsWith("Total")) {
                String[] f = line.trim().split("\\s+");
                return Long.parseLong(f[2]);
            }
        }
        throw new IOException("no total in the agent's class histogram");
    }

    /**
     * Resident bytes of the Java heap itself: the smaps entries inside the address range the
     * generations report (jcmd GC.heap_info). RSS minus this is what threads, code and native use.
     */
    long heapRssBytes() throws Exception {
        String out = jcmdOutput("GC.heap_info");
        long start = Long.MAX_VALUE;
        long end = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("generation.*\\[0x([0-9a-f]+), 0x[0-9a-f]+, 0x([0-9a-f]+)\\)").matcher(out);
        while (m.find()) {
            start = Math.min(start, Long.parseUnsignedLong(m.group(1), 16));
            end = Math.max(end, Long.parseUnsignedLong(m.group(2), 16));
        }
        if (end == 0) {
            throw new IOException("no heap range in GC.heap_info: " + out);
        }
        return ProcStatus.rssInRange(pid, start, end);
    }

    /** What {@code jcmd <agent> command} prints. */
    private String jcmdOutput(String command) throws Exception {
        Process p = new ProcessBuilder(AgentSpawner.jcmd().toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /** A session running {@code argv} at 80x24 in the run's temp dir; returns its id. */
    String create(List<String> argv) throws Exception {
        ObjectNode params = Json.object().put("cols", BenchContext.COLS).put("rows", BenchContext.ROWS)
                .put("cwd", ctx.workDir().toString());
        if (argv != null) {
            var a = params.putArray("argv");
            argv.forEach(a::add);
        }
        return client.call(Methods.SESSION_CREATE, params).path("id").asText();
    }

    /**
     * A session whose {@code script} waits for Enter before it runs, so a client can attach first
     * and see every byte.
     */
    String createGated(String script) throws Exception {
        String id = create(List.of("sh", "-c", MarkerWatch.gated(script)));
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!screenContains(id, MarkerWatch.GATE)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("session " + id + " never reached its gate");
            }
            Thread.sleep(5);
        }
        return id;
    }

    boolean screenContains(String session, String text) throws Exception {
        for (JsonNode line : client.call(Methods.SESSION_CAPTURE, Json.object().put("session", session)).path("lines")) {
            if (line.asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Attaches {@code listener} at 80x24; returns the channel. */
    int attach(String session, dev.linger.agent.client.ChannelListener listener) throws Exception {
        return client.attach(session, BenchContext.COLS, BenchContext.ROWS, listener).path("channel").asInt();
    }

    void pressEnter(int channel) throws IOException {
        client.write(channel, "\r".getBytes(StandardCharsets.US_ASCII));
    }

    /** A session that has printed {@code file} (then waits in cat): 10k lines of scrollback. */
    String createFilled(Path file) throws Exception {
        String id = createGated("cat '" + file + "'; " + MarkerWatch.PRINT_MARK + "; exec cat");
        StreamWatch watch = new StreamWatch();
        int ch = attach(id, watch);
        pressEnter(ch);
        if (!watch.marker().await(WAIT_MS)) {
            throw new IOException("session " + id + " did not finish printing " + file.getFileName());
        }
        client.detach(ch);
        return id;
    }

    void kill(String session) throws Exception {
        client.call(Methods.SESSION_KILL, Json.object().put("session", session));
    }

    JsonNode status() throws Exception {
        return client.call(Methods.AGENT_STATUS, Json.object());
    }

    @Override
    public void close() {
        cleanup.runNow();
    }

    private void stop() throws Exception {
        long t0 = System.nanoTime();
        try {
            client.call(Methods.AGENT_STOP, Json.object(), 10_000);
        } catch (IOException e) {
            // The agent may close the connection before its answer is written: it is stopping anyway.
            if (!e.getMessage().contains("closed")) {
                Log.info("agent.stop: %s", e.getMessage());
            }
        }
        client.close();
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isPresent()) {
            try {
                h.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                Log.info("agent %d still running 60 s after agent.stop; killing it and its shells", pid);
                h.get().descendants().forEach(ProcessHandle::destroyForcibly);
                h.get().destroyForcibly();
            }
        }
        Log.info("agent %d stopped in %.1f s", pid, (System.nanoTime() - t0) / 1e9);
    }
}
