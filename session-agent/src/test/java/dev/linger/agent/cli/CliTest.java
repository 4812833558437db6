package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness.CliResult;
import dev.linger.agent.SharedAgentTest;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.protocol.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract, run as a user runs it: a new JVM per command against a real agent. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class CliTest extends SharedAgentTest {
    private static CliResult ok(String... args) throws Exception {
        CliResult r = agent.cli(args);
        assertThat(r.exit).as("linger " + String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    @Test
    void newSendCaptureWaitRenameKill() throws Exception {
        String id = ok("new", "--name", "work", "--cwd", agent.dir().toString(), "--env", "GREETING=hi there",
                "--size", "100x30", "--", "/bin/bash", "--noprofile", "--norc").out.strip();
        assertThat(id).matches("[a-z2-9]{6}");
        ok("send", "work", "--enter", "echo", "$GREETING", "$((6*7))");
        assertThat(agent.cli("wait", "work", "--for", "hi there 42", "--timeout", "10").exit).isZero();
        assertThat(ok("capture", "work").out).contains("hi there 42");

        ok("send", "work", "-e", "seq 1 200\\r");
        assertThat(agent.cli("wait", id, "--for", "^200$", "--timeout", "10").exit).isZero();
        String history = ok("capture", "work", "--history").out;
        assertThat(history).contains("\n1\n").contains("\n200\n");
        assertThat(ok("capture", "work").out).doesNotContain("\n1\n");

        ok("send", "work", "-e", "printf '\\\\033[1;31mred\\\\033[0m\\\\n'\\r");
        assertThat(agent.cli("wait", "work", "--for", "^red$", "--timeout", "10").exit).isZero();
        assertThat(ok("capture", "work", "--ansi").out).contains("\u001b[0;1;38;5;1mred\u001b[0m");

        CliResult timedOut = agent.cli("wait", "work", "--for", "never shown", "--timeout", "0.5");
        assertThat(timedOut.exit).isEqualTo(1);

        ok("rename", "work", "play");
        JsonNode list = Json.MAPPER.readTree(ok("ls", "--json").out);
        JsonNode s = null;
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                s = n;
            }
        }
        assertThat(s).isNotNull();
        assertThat(s.path("name").asText()).isEqualTo("play");
        assertThat(s.path("cols").asInt()).isEqualTo(100);
        assertThat(s.path("rows").asInt()).isEqualTo(30);
        for (String field : List.of("id", "name", "pid", "state", "exitCode", "cwd", "cols", "rows", "title", "created",
                "lastAttached", "clients")) {
            assertThat(s.has(field)).as(field).isTrue();
        }
        assertThat(ok("ls").out).contains("play").contains(id);

        ok("send", "play", "-e", "\\x03");
        ok("kill", "play");
        assertThat(ok("ls").out).doesNotContain(id);
    }

    @Test
    void sessionsGetXterm256ColorUnlessToldOtherwise() throws Exception {
        ok("new", "--name", "termcheck", "--", "/bin/sh", "-c", "echo TERM=$TERM; sleep 30");
        assertThat(agent.cli("wait", "termcheck", "--for", "TERM=xterm-256color", "--timeout", "10").exit).isZero();
        ok("new", "--name", "termother", "--env", "TERM=vt100", "--", "/bin/sh", "-c", "echo TERM=$TERM; sleep 30");
        assertThat(agent.cli("wait", "termother", "--for", "TERM=vt100", "--timeout", "10").exit).isZero();
        ok("kill", "termcheck");
        ok("kill", "termother");
    }

    @Test
    void errorsGoToStderrWithANonZeroExitAndSayWhatIsWrong() throws Exception {
        CliResult unknown = agent.cli("send", "nobody-here", "x");
        assertThat(unknown.exit).isNotZero();
        assertThat(unknown.err).contains("no session named or with id 'nobody-here'");
        assertThat(unknown.out).isEmpty();

        CliResult badDir = agent.cli("new", "--cwd", "/definitely/missing");
        assertThat(badDir.exit).isNotZero();
        assertThat(badDir.err).contains("/definitely/missing does not exist");

        CliResult badSize = agent.cli("new", "--size", "big");
        assertThat(badSize.exit).isNotZero();
        assertThat(badSize.err).contains("expected COLSxROWS");

        CliResult badEscape = agent.cli("send", "whatever", "-e", "\\q");
        assertThat(badEscape.exit).isNotZero();
        assertThat(badEscape.err).contains("unknown escape \\q");

        CliResult badRegex = agent.cli("wait", "whatever", "--for", "(");
        assertThat(badRegex.exit).isNotZero();
        assertThat(badRegex.err).contains("invalid regular expression");

        CliResult longName = agent.cli("new", "--name", "n".repeat(70));
        assertThat(longName.exit).isNotZero();
        assertThat(longName.err).contains("70 characters long");

        CliResult usage = agent.cli("frobnicate");
        assertThat(usage.exit).isNotZero();
        assertThat(usage.err).contains("frobnicate");
    }
}
