package dev.linger.agent.store;

import dev.linger.agent.protocol.SessionInfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What agent.db holds of one session: its record and its last snapshot. */
public final class StoredSession {
    public final String id;
    public final String name;
    public final List<String> argv;
    public final String cwd;
    public final Map<String, String> env;
    public final int columns;
    public final int rows;
    public final Instant created;
    public final Instant lastAttached;
    public final Instant lastActivity;
    public final String state;
    public final Integer exitCode;
    public final String foreground;
    public final String title;
    /** Scrollback in the store's block encoding; empty when none was kept; null in a record-only save. */
    public final byte[] scrollback;
    /** The VT stream that rebuilds the screen (see ScreenSerializer); empty when none; null in a record-only save. */
    public final byte[] screen;
    public final Instant taken;

    public StoredSession(String id, String name, List<String> argv, String cwd, Map<String, String> env, int columns, int rows,
                         Instant created, Instant lastAttached, Instant lastActivity, String state, Integer exitCode,
                         String foreground, String title, byte[] scrollback, byte[] screen, Instant taken) {
        this.id = id;
        this.name = name;
        this.argv = List.copyOf(argv);
        this.cwd = cwd;
        this.env = Map.copyOf(env);
        this.columns = columns;
        this.rows = rows;
        this.created = created;
        this.lastAttached = lastAttached;
        this.lastActivity = lastActivity;
        this.state = state;
        this.exitCode = exitCode;
        this.foreground = foreground;
        this.title = title;
        this.scrollback = scrollback;
        this.screen = screen;
        this.taken = taken;
    }

    /** This session as listings show a restorable one: its saved record, no process, no clients. */
    public SessionInfo restorableInfo() {
        return new SessionInfo(id, name, null, SessionInfo.RESTORABLE, exitCode, cwd, columns, rows, title, created,
                lastAttached, lastActivity, 0, argv, foreground, taken);
    }
}
