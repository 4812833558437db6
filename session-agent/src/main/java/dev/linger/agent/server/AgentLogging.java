package dev.linger.agent.server;

import dev.linger.agent.home.LingerHome;

/**
 * Points SLF4J's simple backend at the agent's log file. It reads these properties once, when
 * the first logger is made, so this runs before anything in the agent logs.
 */
public final class AgentLogging {
    private AgentLogging() {
    }

    public static void toFile(LingerHome home) throws java.io.IOException {
        LingerHome.createPrivateFile(home.agentLog());
        // Appended, never truncated: the log of the agent before a crash is what explains it.
        System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(home.agentLog().toFile(), true), true,
                java.nio.charset.StandardCharsets.UTF_8));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        // The core logs an error line per odd sequence it meets: a hostile file would fill the disk
        // with them. What the agent must know of its emulators it logs itself (GuardedEmulator).
        System.setProperty("org.slf4j.simpleLogger.log.com.techsenger", "off");
    }

    /** For the CLI and the app: warnings only, to stderr. */
    public static void quiet() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.com.techsenger", "error");
    }
}
