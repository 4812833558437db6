package dev.linger.agent.session;

import com.techsenger.jeditermfx.core.model.TerminalLine;
import dev.linger.agent.protocol.Snapshot;
import dev.linger.term.LineCodec;
import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
class SnapshotExactnessTest {
    private SessionRegistry registry;
    private Path dir;

    /** A subscriber that keeps its own emulator, as a real client does. */
    static final class MirrorSink implements SubscriberSink {
        final TerminalEngine engine = new TerminalEngine(80, 24, 10_000);
        int snapshots;

        @Override
        public synchronized boolean offerData(int channel, byte[] bytes) {
            engine.feed(bytes);
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
        s.input(("for i in $(seq 1 20000); do printf '\\033[3%dm%05d \\033[1mbold\\033[0m %s\\n' $((i%8)) $i "
                + "'wide \u4e2d\u6587 and a long tail that wraps past the eightieth column of this terminal'; done; echo finished\r")
                .getBytes(StandardCharsets.UTF_8), null);
        Thread.sleep(150);
        MirrorSink mirror = new MirrorSink();
        Subscriber sub = new Subscriber(1, mirror, 0, 0);
        s.attach(sub, () -> { });
        awaitScreen(s, "finished");
        Thread.sleep(200);
        assertIdentical(s, mirror);
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
        Thread.sleep(200);
        MirrorSink mirror = new MirrorSink();
        s.attach(new Subscriber(1, mirror, 0, 0), () -> { });
        assertIdentical(s, mirror);
        assertThat(mirror.engine.textBuffer().isUsingAlternateBuffer()).isTrue();

        // Leaving vim restores the main screen in both, identically.
        s.input(":q!\r".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "100");
        Thread.sleep(300);
        assertIdentical(s, mirror);
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
        Thread.sleep(200);
        assertIdentical(s, mirror);
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
        Thread.sleep(200);
        MirrorSink mirror = new MirrorSink();
        s.attach(new Subscriber(1, mirror, 0, 0), () -> { });
        assertIdentical(s, mirror);
        int kept = s.withEngine(e -> e.scrollback().size());
        assertThat(kept).isPositive();

        s.input("printf 'after \\033[mplain\\n'\r".getBytes(StandardCharsets.UTF_8), null);
        awaitScreen(s, "after plain");
        Thread.sleep(200);
        assertIdentical(s, mirror);
    }

    private static void awaitScreen(Session s, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (s.capture(false, false).stream().noneMatch(l -> l.contains(text))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never saw '" + text + "':\n" + String.join("\n", s.capture(false, false)));
            }
            Thread.sleep(20);
        }
    }

    private static void assertIdentical(Session s, MirrorSink mirror) {
        List<String> agentCells = s.withEngine(SnapshotExactnessTest::cells);
        List<String> clientCells;
        synchronized (mirror) {
            clientCells = cells(mirror.engine);
        }
        assertThat(clientCells).isEqualTo(agentCells);
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
