package dev.linger.agent.session;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.term.LineCodec;
import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that attaches at any moment (mid-output, in a full-screen program, at another size)
 * ends up with exactly the agent's terminal: same cells, attributes, wrap marks, cursor,
 * scrollback. Runs sessions in-process so both emulators can be compared directly.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class SnapshotExactnessTest {
    private SessionRegistry registry;
    private Path dir;

    /** A subscriber that keeps its own emulator, as a real client does. */
    static final class MirrorSink implements SubscriberSink {
        final TerminalEngine engine = new TerminalEngine(80, 24, 10_000);
        int snapshots;
        long bytesAfterSnapshot;

        @Override
        public synchronized boolean offerData(int channel, byte[] bytes) {
            engine.feed(bytes);
            if (snapshots > 0) {
                bytesAfterSnapshot += bytes.length;
            }
            return true;
        }

        @Override
        public synchronized void sendSnapshot(int channel, byte[] encoded) {
            Snapshot.decode(encoded).applyTo(engine);
            snapshots++;
        }

        @Override
        public synchronized void sendEvent(int channel, String session, SessionEvent event) {
            if (event instanceof SessionEvent.Resized r) {
                engine.resize(r.columns(), r.rows());
            } else if (event instanceof SessionEvent.ScrollbackLimit l) {
                engine.scrollback().setMaxLines(l.lines());
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        registry = new SessionRegistry(10_000);
        dir = Files.createTempDirectory("exact");
    }

    @AfterEach
    void tearDown() {
        registry.close();
    }

    private Session shell() throws Exception {
        return registry.create(new SessionSpec(null, List.of("/bin/bash", "--noprofile", "--norc"), dir,
                Map.of("PS1", "$ "), 80, 24));
    }

    @Test
    void attachingMidOutputGivesExactlyTheAgentsTerminal() throws Exception {
        Session s = shell();
        s.input(("for i in $(seq 1 60000); do printf '\\033[3%dm%05d \\033[1mbold\\033[0m %s\\n' $((i%8)) $i "
                + "'wide \u4e2d\u6587 and a long tail that wraps past the eightieth column of this terminal'; done; read -r; echo finished\r")
                .getBytes(StandardCharsets.UTF_8), null);
        // Attach as soon as the loop pours: the agent may still be reading it, or parsing what it read.
        awaitLine(s, "\\d{5} bold.*");
        MirrorSink mirror = new MirrorSink();
        Subscriber sub = new Subscriber(1, mirror, 0, 0);
        s.attach(sub, () -> { });
        // Whether or not the pour outran the attach, the shell then waits for a line, so that
        // some output surely comes after the snapshot too.
        awaitLine(s, "60000 bold.*");
        s.input("\r".getBytes(StandardCharsets.UTF_8), null);
        awaitLine(s, "finished");   // the echo's line, not the command's
        awaitIdentical(s, mirror);
        assertThat(mirror.bytesAfterSnapshot).as("output after the attach").isPositive();
        assertThat(mirror.snapshots).isEqualTo(1);
        int kept = s.withEngine(e -> e.scrollback().size());
        assertThat(kept).isEqualTo(10_000);
    }

    @Test
    void attachingToAFullScreenProgramOnTheAlternateScreen() throws Exception {
        Session s = shell();
        s.input("seq 1 100; printf '\\033]2;in-vim\\007'; vim -u NONE -N\r".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "~");
        s.input("ihello from vim\u001b".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "hello from vim");
        MirrorSink mirror = new MirrorSink();
        s.attach(new Subscriber(1, mirror, 0, 0), () -> { });
        awaitIdentical(s, mirror);
        assertThat(mirror.engine.textBuffer().isUsingAlternateBuffer()).isTrue();

        // Leaving vim restores the main screen in both, identically.
        s.input(":q!\r".getBytes(StandardCharsets.UTF_8), null);
        awaitLine(s, "100");   // seq's last line, back on the main screen
        awaitIdentical(s, mirror);
        assertThat(mirror.engine.textBuffer().isUsingAlternateBuffer()).isFalse();
    }

    @Test
    void attachingAtAnotherSizeResizesAndStaysExact() throws Exception {
        Session s = shell();
        s.input("seq 1 50; echo sized\r".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "sized");
        MirrorSink mirror = new MirrorSink();
        Subscriber sub = new Subscriber(1, mirror, 120, 40);
        s.attach(sub, () -> { });
        s.input("stty size\r".getBytes(StandardCharsets.UTF_8), sub);
        awaitScreen(s, "40 120");
        awaitIdentical(s, mirror);
        assertThat(mirror.engine.columns()).isEqualTo(120);
    }

    @Test
    void strikethroughInScrollbackScreenAndPenIsCarriedExactly() throws Exception {
        Session s = shell();
        // Struck lines scroll into the scrollback; the last printf leaves the pen struck, and
        // saved with the cursor, so the prompt is struck too.
        s.input(("for i in $(seq 1 40); do printf '%d \\033[9mstruck\\033[29m plain \\033[1;9;31mbold red struck\\033[0m "
                + "\\033[38;5;9mnine\\033[0m\\n' $i; done; printf '%sx\\n\\033[9m\\0337\\033[0m\\0338' $((6*7))\r")
                .getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "42x");
        MirrorSink mirror = new MirrorSink();
        s.attach(new Subscriber(1, mirror, 0, 0), () -> { });
        awaitIdentical(s, mirror);
        int kept = s.withEngine(e -> e.scrollback().size());
        assertThat(kept).isPositive();

        s.input("printf 'after \\033[mplain\\n'\r".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "after plain");
        awaitIdentical(s, mirror);
    }

    private static void awaitScreen(Session s, String text) throws Exception {
        AgentHarness.poll(() -> s.capture(false, false), screen -> screen.stream().anyMatch(l -> l.contains(text)), 60_000,
                screen -> "never saw '" + text + "':\n" + String.join("\n", screen));
    }

    private static void awaitLine(Session s, String regex) throws Exception {
        AgentHarness.poll(() -> s.capture(false, false), screen -> screen.stream().anyMatch(l -> l.matches(regex)), 60_000,
                screen -> "no line matched '" + regex + "':\n" + String.join("\n", screen));
    }

    /**
     * Waits until the client's terminal is the agent's, cell for cell, and fails with both if it
     * never gets there. The bytes the agent has read reach the subscriber a moment later (the
     * shell may still be drawing), so the two are compared until they agree or time is up.
     */
    private static void awaitIdentical(Session s, MirrorSink mirror) throws Exception {
        AgentHarness.poll(() -> List.of(s.withEngine(SnapshotExactnessTest::cells), mirrorCells(mirror)),
                both -> both.get(0).equals(both.get(1)), 10_000,
                both -> {
                    assertThat(both.get(1)).isEqualTo(both.get(0));
                    return "the client's terminal never matched the agent's";
                });
    }

    private static List<String> mirrorCells(MirrorSink mirror) {
        synchronized (mirror) {
            return cells(mirror.engine);
        }
    }

    /** Cursor, size, every screen cell with its style, each row's wrap mark, and the scrollback bytes. */
    static List<String> cells(TerminalEngine e) {
        List<String> out = new ArrayList<>();
        out.add("size " + e.columns() + "x" + e.rows() + " cursor " + e.terminal().getCursorX() + "," + e.terminal().getCursorY()
                + " alt " + e.textBuffer().isUsingAlternateBuffer() + " title " + e.title());
        for (int y = 0; y < e.rows(); y++) {
            TerminalLine line = e.textBuffer().getLine(y);
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < e.columns(); x++) {
                char c = line.charAt(x);
                var style = line.getStyleAt(x);
                sb.append(c == 0 ? ' ' : c);
                if (style != null && !style.equals(com.techsenger.jeditermfx.core.TextStyle.EMPTY)) {
                    sb.append('{').append(new String(LineCodec.encode(new TerminalLine(new TerminalLine.TextEntry(style,
                            new com.techsenger.jeditermfx.core.model.CharBuffer("x")))), StandardCharsets.ISO_8859_1)).append('}');
                }
            }
            out.add(sb + (line.isWrapped() ? " ⏎" : ""));
        }
        out.add("scrollback " + e.scrollback().size());
        for (int i = 0; i < e.scrollback().size(); i++) {
            out.add(new String(e.scrollback().get(i), StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
