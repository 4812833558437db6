package dev.linger.app.agent;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Methods;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry of agent connections, on a real agent in a private home: one connection per host, found by its host. */
class AgentConnectionsTest {
    private Path dir;
    private LingerHome home;
    private final AgentConnections connections = new AgentConnections();

    @BeforeEach
    void home() throws Exception {
        // Short: the agent's socket lives in it.
        dir = Files.createTempDirectory(Paths.get("/tmp"), "lgconn");
        home = new LingerHome(dir);
    }

    @AfterEach
    void stopAgent() throws Exception {
        connections.close();
        Optional<AgentClient> running = new AgentLauncher(home).connectIfRunning();
        if (running.isPresent()) {
            try (AgentClient c = running.get()) {
                long pid = c.call(Methods.AGENT_STATUS, null).path("pid").asLong();
                c.call(Methods.AGENT_STOP, null);
                ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theHomesAgentIsTheLocalHostsAndIsFoundByItsHostOnly() throws Exception {
        assertThatThrownBy(connections::local).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("local agent is not connected");

        AgentConnection local = AgentConnection.open(home, () -> { });
        connections.add(local);

        assertThat(local.host()).isEqualTo(HostId.LOCAL);
        assertThat(connections.local()).isSameAs(local);
        assertThat(connections.get(new HostId("build-server"))).isEmpty();
        assertThat(connections.all()).containsExactly(local);
        assertThat(local.sessions().list()).isEmpty();
    }

    @Test
    void aHostHasOneConnectionAndClosingTheRegistryClosesEachOne() throws Exception {
        AgentConnection first = AgentConnection.open(home, () -> { });
        connections.add(first);
        AgentConnection second = AgentConnection.open(home, () -> { });
        try {
            assertThatThrownBy(() -> connections.add(second)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already a connection to host local");
        } finally {
            second.close();
        }

        connections.close();
        assertThat(first.isConnected()).isFalse();
        assertThat(connections.all()).isEmpty();
    }

    @Test
    void aHostIdNeedsAName() {
        assertThatThrownBy(() -> new HostId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
    }
}
