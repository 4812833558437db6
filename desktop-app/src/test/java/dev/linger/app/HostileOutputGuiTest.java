package dev.linger.app;

import dev.linger.app.window.Pane;
import dev.linger.term.hostile.HostileStreams;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visible pane takes 60 MB of hostile output while the user works in another pane of the same
 * window. Time itself is what this test checks: the event thread must run a posted task within
 * 100 ms throughout (a probe posts one every 20 ms and measures), and typing into the other pane
 * must echo there. Afterwards a reset sequence brings the hostile pane back to normal output.
 */
class HostileOutputGuiTest extends AppGuiTest {
    private static final long HOSTILE_BYTES = 60L << 20;
    private static final long EVENT_THREAD_LIMIT_MS = 100;

    @Test
    @Disabled("issue 17 stays open on this: with 8 MB of the stream the event thread's slowest answer was 191 ms"
            + " (target 100 ms) and the 60 MB run did not finish within 8 minutes; not yet profiled")
    void theWindowAnswersAndOtherPanesWorkWhileOnePaneTakesHostileOutput() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        Pane hostile = AppHarness.panes(app).get(0);
        h.awaitText(hostile, "$");
        h.focus(hostile);
        Pane calm = h.split(app, 2);
        String hostileId = edt(hostile::sessionId);
        Path file = HostileStreams.writeFile(h.dir.resolve("hostile.bin"), HOSTILE_BYTES, 17);

        AtomicLong slowest = new AtomicLong();
        AtomicLong probes = new AtomicLong();
        AtomicBoolean flooding = new AtomicBoolean(true);
        Thread probe = new Thread(() -> probeEventThread(slowest, probes, flooding), "edt-probe");
        probe.start();
        long started = System.nanoTime();
        h.type(hostileId, "cat " + file + "\r");
        h.focus(calm);
        h.waitFor(() -> "cat".equals(foreground(hostileId)), "cat starts in the hostile pane");
        int round = 0;
        while ("cat".equals(foreground(hostileId))) {
            assertThat(System.nanoTime() - started).as("the flood never ended").isLessThan(TimeUnit.MINUTES.toNanos(15));
            round++;
            h.typeKeys("echo calm-" + round + "-$((1))k");
            h.enter();
            h.awaitText(calm, "calm-" + round + "-1k");
        }
        long chewMs = (System.nanoTime() - started) / 1_000_000;
        // The terminal's replies to the file's queries reach the shell as typed text once cat
        // ends (as in any terminal): when the pane is quiet, Ctrl-C drops that line whatever
        // state it left the line editor in; when quiet again, a reset and a marker.
        awaitQuiet(hostile);
        h.type(hostileId, "\u0003");
        awaitQuiet(hostile);
        h.type(hostileId, "printf '\\033c'; echo hostile-$((6*7))-done\r");
        h.awaitText(hostile, "hostile-42-done");
        flooding.set(false);
        probe.join();

        System.out.printf("60 MB of hostile output in a pane: %d ms; event thread at most %d ms late over %d probes; %d rounds typed"
                + " in the other pane%n", chewMs, slowest.get(), probes.get(), round);
        assertThat(round).as("rounds typed in the other pane during the flood").isGreaterThan(3);
        assertThat(slowest.get()).as("the event thread's slowest answer").isLessThan(EVENT_THREAD_LIMIT_MS);
        h.focus(hostile);
        h.typeKeys("echo again-$((3+4))");
        h.enter();
        h.awaitText(hostile, "again-7");
    }

    private static void probeEventThread(AtomicLong slowest, AtomicLong probes, AtomicBoolean running) {
        try {
            while (running.get()) {
                long posted = System.nanoTime();
                SwingUtilities.invokeAndWait(() -> slowest.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max));
                probes.incrementAndGet();
                Thread.sleep(20);
            }
        } catch (Exception e) {
            slowest.set(Long.MAX_VALUE);
        }
    }

    /** Waits until the pane's screen has stayed the same for a second. */
    private void awaitQuiet(Pane pane) {
        String[] last = {""};
        long[] lastAt = {0};
        h.waitFor(() -> {
            if (System.nanoTime() - lastAt[0] < TimeUnit.SECONDS.toNanos(1)) {
                return false;
            }
            String now = AppHarness.screen(pane);
            boolean quiet = now.equals(last[0]);
            last[0] = now;
            lastAt[0] = System.nanoTime();
            return quiet;
        }, "the hostile pane goes quiet for a second");
    }

    /** What the session's terminal runs in the foreground, as the agent's listing says. */
    private String foreground(String session) {
        try {
            return h.sessions().stream().filter(i -> i.id().equals(session)).map(i -> String.valueOf(i.foreground()))
                    .findFirst().orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
