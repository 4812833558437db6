package dev.linger.app;

import dev.linger.agent.home.LingerHome;

/**
 * How the app runs: on which home (the agent, desktop.db), and whether quitting ends the JVM (the
 * real app) or only closes the app (tests, which launch it several times in one JVM).
 */
public record AppOptions(LingerHome home, boolean exitOnQuit, StartupTrace trace) {
    public static AppOptions fromEnvironment() {
        return new AppOptions(LingerHome.fromEnvironment(), true, StartupTrace.fromEnvironment());
    }

    /** For tests: this home, no exit, no trace. */
    public static AppOptions embedded(LingerHome home) {
        return new AppOptions(home, false, new StartupTrace(false, System.out));
    }
}
