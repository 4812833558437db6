package dev.linger.agent.session;

import dev.linger.term.EngineRestart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static dev.linger.agent.AgentHarness.poll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside one session's emulator resets that terminal and nothing else: the screen says
 * so, the scrollback and the screen's text stay, the shell keeps running and answering, and the
 * log names the session and the cause.
 *
 * <p>The failure is injected through a package-private hook, in a registry run in this JVM (with
 * a real shell in a real PTY): no real output makes the emulator fail any more once terminal-core
 * clamps what the core chokes on, and the hook is what keeps this path tested regardless. The
 * log is read from this JVM's standard error, where SLF4J's simple backend writes it.
 */
class EmulatorFailureResetTest {
    @Test
    void anEmulatorFailureResetsThatTerminalAndKeepsItsPastAndItsShell() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, log), true, StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory("lgr-reset");
        try (SessionRegistry registry = new SessionRegistry(1000)) {
            Session victim = registry.create(new SessionSpec("victim", List.of("/bin/bash", "--noprofile", "--norc"), dir,
                    Map.of("PS1", "$ "), 80, 24));
            Session bystander = registry.create(new SessionSpec("bystander", List.of("/bin/bash", "--noprofile", "--norc"), dir,
                    Map.of("PS1", "$ "), 80, 24));
            type(victim, "for i in $(seq 1 60); do echo before-$i; done\r");
            await(() -> victim.capture(true, false), l -> l.contains("before-60"));

            victim.failEmulatorOnNextOutput(new IllegalStateException("injected: the core choked on a sequence"));
            type(victim, "\r");
            await(() -> victim.capture(false, false), l -> l.contains(EngineRestart.NOTE));
            type(victim, "echo after-$((2+3))\r");
            List<String> all = await(() -> victim.capture(true, false), l -> l.contains("after-5"));

            assertThat(all).as("scrollback kept").contains("before-1", "before-30", "before-60");
            assertThat(all.indexOf(EngineRestart.NOTE)).isLessThan(all.indexOf("after-5"));
            assertThat(all.stream().filter(EngineRestart.NOTE::equals).count()).isEqualTo(1);
            assertThat(victim.state()).isEqualTo(SessionState.RUNNING);
            assertThat(ProcessHandle.of(victim.pid()).map(ProcessHandle::isAlive)).contains(true);
            type(bystander, "echo untouched-$((4*4))\r");
            List<String> other = await(() -> bystander.capture(false, false), l -> l.contains("untouched-16"));
            assertThat(other).doesNotContain(EngineRestart.NOTE);
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("session " + victim.id() + " terminal reset (#1)",
                    "IllegalStateException: injected: the core choked on a sequence");
        } finally {
            System.setErr(originalErr);
        }
    }

    private static void type(Session session, String text) throws Exception {
        session.input(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static List<String> await(Callable<List<String>> read, Predicate<List<String>> done) throws Exception {
        return poll(read, done, 10_000, lines -> "never seen; last screen:\n" + String.join("\n", lines));
    }

    /** Writes to two streams: the log still reaches the test report while the test reads it. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
