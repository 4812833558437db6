package dev.linger.agent.session;

import java.util.Locale;

/** A session's life: its process runs, or it has exited and stays readable until killed. */
public enum SessionState {
    RUNNING, EXITED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
