package dev.linger.agent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For test classes whose tests can share one real agent (each makes its own sessions): starts it
 * in a fresh home before the first test and stops it, home and all, after the last.
 */
public abstract class SharedAgentTest {
    protected static AgentHarness agent;

    @BeforeAll
    static void startSharedAgent() throws Exception {
        agent = AgentHarness.start();
    }

    @AfterAll
    static void stopSharedAgent() throws Exception {
        agent.close();
        agent = null;
    }
}
