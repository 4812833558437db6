package dev.linger.agent.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.term.hostile.HostileStreams;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One session cats 60 MB of hostile output while another is used as a user would: typed into
 * and waited on, listed, captured, attached. Time itself is what this test checks: every such
 * round trip of the calm session must take under a second throughout, however busy the other
 * session's emulator is. It also bounds the agent's memory meanwhile, and checks that the
 * hostile session comes back to normal after a reset sequence, in the agent and in the CLI's
 * mirror ({@code linger wait}, attached before the flood began).
 */
class HostileOutputIsolationTest {
    private static final long HOSTILE_BYTES = 60L << 20;
    /** The agent runs with the JVM's default heap for this machine; this bounds the whole process. */
    private static final long RSS_LIMIT_KB = 1_000_000;
    private static final long ROUND_TRIP_LIMIT_MS = 1_000;

    @Test
    void anotherSessionAnswersWithinASecondWhileOneChewsSixtyMegabytesOfHostileOutput() throws Exception {
        try (AgentHarness agent = AgentHarness.start()) {
            Path file = HostileStreams.writeFile(agent.dir().resolve("hostile.bin"), HOSTILE_BYTES, 17);
            String hostile = agent.shell("hostile").path("id").asText();
            String calm = agent.shell("calm").path("id").asText();
            agent.awaitText(calm, "$");
            agent.awaitText(hostile, "$");
            long agentPid = agent.agentPid();
            // The CLI's mirror takes the whole flood too and must still see the end of it.
            Process cliWait = AgentHarness.cliProcess(agent.dir(), "wait", hostile, "--for", "hostile-42-done", "--timeout", "900")
                    .redirectErrorStream(true).redirectOutput(agent.dir().resolve("wait.out").toFile()).start();
            AgentHarness.poll(() -> agent.info(hostile).path("clients").asInt(), n -> n == 1, 30_000, n -> "linger wait never attached");

            RoundTrips trips = new RoundTrips();
            AtomicLong maxRssKb = new AtomicLong();
            AtomicBoolean flooding = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> sampleRss(agentPid, maxRssKb, flooding), "rss-sampler");
            sampler.start();
            long started = System.nanoTime();
            agent.type(hostile, "cat " + file + "\r");
            AgentHarness.poll(() -> foreground(agent, hostile), "cat"::equals, 30_000, f -> "cat never started: " + f);
            try (AgentClient prober = agent.newClient()) {
                MirrorTerminal calmMirror = new MirrorTerminal(0);
                int channel = prober.attach(calm, 0, 0, calmMirror).path("channel").asInt();
                int round = 0;
                while ("cat".equals(foreground(agent, hostile))) {
                    assertThat(System.nanoTime() - started).as("the flood never ended").isLessThan(TimeUnit.MINUTES.toNanos(15));
                    probe(prober, calm, calmMirror, ++round, trips);
                }
                prober.detach(channel);
            }
            long chewMs = (System.nanoTime() - started) / 1_000_000;
            // The hostile output has ended. The replies the terminal owed the file's queries reach
            // the shell as typed text once cat ends (as in any terminal); Ctrl-C drops that line
            // whatever state it left the line editor in. Then a reset sequence and new output.
            AgentHarness.poll(() -> agent.capture(hostile, false), new Quiet(), 120_000, l -> "the session never went quiet");
            agent.type(hostile, "\u0003");
            AgentHarness.poll(() -> agent.capture(hostile, false), new Quiet(), 60_000, l -> "the session never went quiet");
            agent.type(hostile, "printf '\\033c'; echo hostile-$((6*7))-done\r");
            agent.awaitScreen(hostile, l -> l.contains("hostile-42-done"), 60_000);
            flooding.set(false);
            sampler.join();

            System.out.printf("60 MB of hostile output took %d ms; agent RSS at most %d KB; calm session: %s%n",
                    chewMs, maxRssKb.get(), trips);
            assertThat(trips.count("send+wait")).as("probes during the flood").isGreaterThan(10);
            assertThat(trips.max()).as("slowest round trip of the calm session: %s", trips).isLessThan(ROUND_TRIP_LIMIT_MS);
            assertThat(maxRssKb.get()).as("the agent's largest RSS").isLessThan(RSS_LIMIT_KB);
            assertThat(cliWait.waitFor(60, TimeUnit.SECONDS)).as("linger wait ended").isTrue();
            assertThat(cliWait.exitValue()).as(Files.readString(agent.dir().resolve("wait.out"))).isZero();

            agent.type(hostile, "echo still-$((1+1))\r");
            agent.awaitText(hostile, "still-2");
            assertThat(Files.readString(agent.home().agentLog())).doesNotContain("OutOfMemoryError");
        }
    }

    /** One round of everything a user does with the calm session, each timed. */
    private static void probe(AgentClient client, String calm, MirrorTerminal mirror, int round, RoundTrips trips) throws Exception {
        // The shell's arithmetic makes the marker: the echo of the typed command never matches it.
        String marker = "probe-" + round + "-1k";
        trips.time("send+wait", () -> {
            client.call(Methods.SESSION_INPUT, Json.object().put("session", calm).put("data", "echo probe-" + round + "-$((1))k\r"));
            assertThat(mirror.await(e -> e.screenLines().contains(marker), 5_000)).as("echo of round %d", round).isTrue();
            return null;
        });
        trips.time("ls", () -> client.call(Methods.SESSION_LIST, null));
        trips.time("capture", () -> client.call(Methods.SESSION_CAPTURE, Json.object().put("session", calm)));
        if (round % 5 == 0) {
            trips.time("attach", () -> {
                MirrorTerminal fresh = new MirrorTerminal(0);
                JsonNode r = client.attach(calm, 0, 0, fresh);
                assertThat(fresh.await(e -> fresh.snapshots() > 0, 5_000)).isTrue();
                client.detach(r.path("channel").asInt());
                return null;
            });
        }
    }

    /** What the session's terminal runs in the foreground, as listings say (read without its emulator). */
    private static String foreground(AgentHarness agent, String session) throws Exception {
        return agent.info(session).path("foreground").asText();
    }

    /** True once a reading equals the one before it, taken at least a second earlier. */
    private static final class Quiet implements java.util.function.Predicate<List<String>> {
        private List<String> last;
        private long lastAt;

        @Override
        public boolean test(List<String> reading) {
            long now = System.nanoTime();
            if (last != null && now - lastAt < TimeUnit.SECONDS.toNanos(1)) {
                return false;
            }
            boolean same = reading.equals(last);
            last = reading;
            lastAt = now;
            return same;
        }
    }

    private static void sampleRss(long pid, AtomicLong max, AtomicBoolean running) {
        Path status = Path.of("/proc/" + pid + "/status");
        while (running.get()) {
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        max.accumulateAndGet(kb, Math::max);
                    }
                }
                // The sampling interval, not a wait for anything: ten readings a second while the flood runs.
                Thread.sleep(100);
            } catch (Exception e) {
                return;
            }
        }
    }
}
