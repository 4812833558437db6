package dev.linger.agent.server;

import dev.linger.agent.AgentHarness;
import dev.linger.agent.SkipReasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Even when the directory's permissions are loosened, another user who reaches the socket is
 * refused by the peer-credential check, and the refusal is logged.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
class OtherUserRefusedTest {
    private static final String PEER = String.join("\n",
            "import socket, struct, json, sys",
            "s = socket.socket(socket.AF_UNIX)",
            "s.connect(sys.argv[1])",
            "body = json.dumps({'id': 1, 'method': 'hello', 'params': {'protocol': 1}}).encode()",
            "try:",
            "    s.sendall(struct.pack('>IB', len(body) + 1, 0) + body)",
            "except OSError:",
            "    pass",
            "head = s.recv(5)",
            "n = struct.unpack('>I', head[:4])[0]",
            "data = b''",
            "while len(data) < n - 1:",
            "    chunk = s.recv(65536)",
            "    if not chunk: break",
            "    data += chunk",
            "print(data.decode())");

    @Test
    void anotherUidIsRefusedAndLogged() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to act as another user");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) && Files.isExecutable(Path.of("/usr/bin/python3")),
                "needs runuser and python3");
        try (AgentHarness agent = AgentHarness.start()) {
            Path socket = agent.home().socket();
            Files.setPosixFilePermissions(agent.dir(), PosixFilePermissions.fromString("rwx--x--x"));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            Path script = Files.createTempFile("peer", ".py");
            Files.writeString(script, PEER);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
            Process p = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "/usr/bin/python3", script.toString(),
                    socket.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out).contains("-32011").contains("nobody").contains("may not use another user");
            String log = Files.readString(agent.home().agentLog());
            assertThat(log).contains("refused a connection from user 'nobody'");
            Files.delete(script);
            // The owner is still served.
            assertThat(agent.client().call("session.list", null).isArray()).isTrue();
        }
    }
}
