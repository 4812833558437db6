package dev.linger.agent.cli;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.ProtocolException;

import java.io.IOException;

/** How every command reaches the agent of the current home, starting it when none answers. */
final class Agent {
    private Agent() {
    }

    static LingerHome home() {
        return LingerHome.fromEnvironment();
    }

    static AgentClient connect() throws IOException, ProtocolException {
        return new AgentLauncher(home()).connectOrStart();
    }
}
